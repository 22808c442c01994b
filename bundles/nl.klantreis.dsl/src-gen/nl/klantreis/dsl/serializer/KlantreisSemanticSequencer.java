/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.serializer;

import com.google.inject.Inject;
import java.util.Set;
import nl.klantreis.dsl.services.KlantreisGrammarAccess;
import nl.klantreis.model.Handover;
import nl.klantreis.model.Improvement;
import nl.klantreis.model.Journey;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.KeyPerson;
import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.model.LifeEvent;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.PainPoint;
import nl.klantreis.model.Persona;
import nl.klantreis.model.Phase;
import nl.klantreis.model.RuleParameter;
import nl.klantreis.model.RuleSetting;
import nl.klantreis.model.StaffGroup;
import nl.klantreis.model.Touchpoint;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Parameter;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.serializer.ISerializationContext;
import org.eclipse.xtext.serializer.acceptor.SequenceFeeder;
import org.eclipse.xtext.serializer.sequencer.AbstractDelegatingSemanticSequencer;
import org.eclipse.xtext.serializer.sequencer.ITransientValueService.ValueTransient;

@SuppressWarnings("all")
public class KlantreisSemanticSequencer extends AbstractDelegatingSemanticSequencer {

	@Inject
	private KlantreisGrammarAccess grammarAccess;
	
	@Override
	public void sequence(ISerializationContext context, EObject semanticObject) {
		EPackage epackage = semanticObject.eClass().getEPackage();
		ParserRule rule = context.getParserRule();
		Action action = context.getAssignedAction();
		Set<Parameter> parameters = context.getEnabledBooleanParameters();
		if (epackage == KlantreisPackage.eINSTANCE)
			switch (semanticObject.eClass().getClassifierID()) {
			case KlantreisPackage.HANDOVER:
				sequence_Handover(context, (Handover) semanticObject); 
				return; 
			case KlantreisPackage.IMPROVEMENT:
				sequence_Improvement(context, (Improvement) semanticObject); 
				return; 
			case KlantreisPackage.JOURNEY:
				sequence_Journey(context, (Journey) semanticObject); 
				return; 
			case KlantreisPackage.JOURNEY_MODEL:
				sequence_JourneyModel(context, (JourneyModel) semanticObject); 
				return; 
			case KlantreisPackage.KEY_PERSON:
				sequence_KeyPerson(context, (KeyPerson) semanticObject); 
				return; 
			case KlantreisPackage.LIFE_EVENT:
				sequence_LifeEvent(context, (LifeEvent) semanticObject); 
				return; 
			case KlantreisPackage.ORGANISATION:
				sequence_Organisation(context, (Organisation) semanticObject); 
				return; 
			case KlantreisPackage.PAIN_POINT:
				sequence_PainPoint(context, (PainPoint) semanticObject); 
				return; 
			case KlantreisPackage.PERSONA:
				sequence_Persona(context, (Persona) semanticObject); 
				return; 
			case KlantreisPackage.PHASE:
				sequence_Phase(context, (Phase) semanticObject); 
				return; 
			case KlantreisPackage.RULE_PARAMETER:
				sequence_RuleParameter(context, (RuleParameter) semanticObject); 
				return; 
			case KlantreisPackage.RULE_SETTING:
				sequence_RuleSetting(context, (RuleSetting) semanticObject); 
				return; 
			case KlantreisPackage.STAFF_GROUP:
				sequence_StaffGroup(context, (StaffGroup) semanticObject); 
				return; 
			case KlantreisPackage.TOUCHPOINT:
				sequence_Touchpoint(context, (Touchpoint) semanticObject); 
				return; 
			}
		if (errorAcceptor != null)
			errorAcceptor.accept(diagnosticProvider.createInvalidContextOrTypeDiagnostic(semanticObject, context));
	}
	
	/**
	 * <pre>
	 * Contexts:
	 *     Handover returns Handover
	 *
	 * Constraint:
	 *     (source=[Touchpoint|QualifiedName] target=[Touchpoint|QualifiedName] kind=HandoverKind? description=STRING?)
	 * </pre>
	 */
	protected void sequence_Handover(ISerializationContext context, Handover semanticObject) {
		genericSequencer.createSequence(context, semanticObject);
	}
	
	
	/**
	 * <pre>
	 * Contexts:
	 *     Improvement returns Improvement
	 *
	 * Constraint:
	 *     (
	 *         id=ID 
	 *         name=STRING? 
	 *         description=STRING? 
	 *         owner=[Organisation|QualifiedName]? 
	 *         status=ImprovementStatus? 
	 *         direction=Direction? 
	 *         (addresses+=[PainPoint|QualifiedName] addresses+=[PainPoint|QualifiedName]*)?
	 *     )
	 * </pre>
	 */
	protected void sequence_Improvement(ISerializationContext context, Improvement semanticObject) {
		genericSequencer.createSequence(context, semanticObject);
	}
	
	
	/**
	 * <pre>
	 * Contexts:
	 *     JourneyModel returns JourneyModel
	 *
	 * Constraint:
	 *     (
	 *         id=ID 
	 *         name=STRING? 
	 *         description=STRING? 
	 *         (organisations+=Organisation | personas+=Persona | keyPersons+=KeyPerson | journeys+=Journey | ruleSettings+=RuleSetting)*
	 *     )
	 * </pre>
	 */
	protected void sequence_JourneyModel(ISerializationContext context, JourneyModel semanticObject) {
		genericSequencer.createSequence(context, semanticObject);
	}
	
	
	/**
	 * <pre>
	 * Contexts:
	 *     Journey returns Journey
	 *
	 * Constraint:
	 *     (
	 *         id=ID 
	 *         name=STRING? 
	 *         persona=[Persona|QualifiedName] 
	 *         description=STRING? 
	 *         kind=JourneyKind? 
	 *         status=JourneyStatus? 
	 *         owner=[Organisation|QualifiedName]? 
	 *         baseline=[Journey|QualifiedName]? 
	 *         trigger=LifeEvent 
	 *         phases+=Phase* 
	 *         handovers+=Handover* 
	 *         painPoints+=PainPoint* 
	 *         improvements+=Improvement*
	 *     )
	 * </pre>
	 */
	protected void sequence_Journey(ISerializationContext context, Journey semanticObject) {
		genericSequencer.createSequence(context, semanticObject);
	}
	
	
	/**
	 * <pre>
	 * Contexts:
	 *     KeyPerson returns KeyPerson
	 *
	 * Constraint:
	 *     (
	 *         id=ID 
	 *         name=STRING? 
	 *         description=STRING? 
	 *         (roles+=KeyPersonRole roles+=KeyPersonRole*)? 
	 *         contract=ContractKind? 
	 *         supervisor=[Organisation|QualifiedName]? 
	 *         (languages+=STRING languages+=STRING*)?
	 *     )
	 * </pre>
	 */
	protected void sequence_KeyPerson(ISerializationContext context, KeyPerson semanticObject) {
		genericSequencer.createSequence(context, semanticObject);
	}
	
	
	/**
	 * <pre>
	 * Contexts:
	 *     LifeEvent returns LifeEvent
	 *
	 * Constraint:
	 *     (kind=LifeEventKind? description=STRING?)
	 * </pre>
	 */
	protected void sequence_LifeEvent(ISerializationContext context, LifeEvent semanticObject) {
		genericSequencer.createSequence(context, semanticObject);
	}
	
	
	/**
	 * <pre>
	 * Contexts:
	 *     Organisation returns Organisation
	 *
	 * Constraint:
	 *     (
	 *         id=ID 
	 *         name=STRING? 
	 *         description=STRING? 
	 *         kind=OrganisationKind? 
	 *         trainedStaff?='trained'? 
	 *         interpreterBudget?='interpreter'? 
	 *         statusHolderCaseload=INT? 
	 *         staffGroups+=StaffGroup*
	 *     )
	 * </pre>
	 */
	protected void sequence_Organisation(ISerializationContext context, Organisation semanticObject) {
		genericSequencer.createSequence(context, semanticObject);
	}
	
	
	/**
	 * <pre>
	 * Contexts:
	 *     PainPoint returns PainPoint
	 *
	 * Constraint:
	 *     (id=ID name=STRING? description=STRING? (touchpoints+=[Touchpoint|QualifiedName] touchpoints+=[Touchpoint|QualifiedName]*)?)
	 * </pre>
	 */
	protected void sequence_PainPoint(ISerializationContext context, PainPoint semanticObject) {
		genericSequencer.createSequence(context, semanticObject);
	}
	
	
	/**
	 * <pre>
	 * Contexts:
	 *     Persona returns Persona
	 *
	 * Constraint:
	 *     (
	 *         id=ID 
	 *         name=STRING? 
	 *         description=STRING? 
	 *         countryOfOrigin=STRING? 
	 *         (languages+=STRING languages+=STRING*)? 
	 *         dutchLevel=DutchLevel? 
	 *         literacy=SkillLevel? 
	 *         healthLiteracy=SkillLevel? 
	 *         digitalSkills=SkillLevel? 
	 *         household=Household? 
	 *         gender=Gender? 
	 *         (concerns+=STRING concerns+=STRING*)?
	 *     )
	 * </pre>
	 */
	protected void sequence_Persona(ISerializationContext context, Persona semanticObject) {
		genericSequencer.createSequence(context, semanticObject);
	}
	
	
	/**
	 * <pre>
	 * Contexts:
	 *     Phase returns Phase
	 *
	 * Constraint:
	 *     (id=ID name=STRING? description=STRING? touchpoints+=Touchpoint*)
	 * </pre>
	 */
	protected void sequence_Phase(ISerializationContext context, Phase semanticObject) {
		genericSequencer.createSequence(context, semanticObject);
	}
	
	
	/**
	 * <pre>
	 * Contexts:
	 *     RuleParameter returns RuleParameter
	 *
	 * Constraint:
	 *     (key=ID value=STRING)
	 * </pre>
	 */
	protected void sequence_RuleParameter(ISerializationContext context, RuleParameter semanticObject) {
		if (errorAcceptor != null) {
			if (transientValues.isValueTransient(semanticObject, KlantreisPackage.Literals.RULE_PARAMETER__KEY) == ValueTransient.YES)
				errorAcceptor.accept(diagnosticProvider.createFeatureValueMissing(semanticObject, KlantreisPackage.Literals.RULE_PARAMETER__KEY));
			if (transientValues.isValueTransient(semanticObject, KlantreisPackage.Literals.RULE_PARAMETER__VALUE) == ValueTransient.YES)
				errorAcceptor.accept(diagnosticProvider.createFeatureValueMissing(semanticObject, KlantreisPackage.Literals.RULE_PARAMETER__VALUE));
		}
		SequenceFeeder feeder = createSequencerFeeder(context, semanticObject);
		feeder.accept(grammarAccess.getRuleParameterAccess().getKeyIDTerminalRuleCall_0_0(), semanticObject.getKey());
		feeder.accept(grammarAccess.getRuleParameterAccess().getValueSTRINGTerminalRuleCall_2_0(), semanticObject.getValue());
		feeder.finish();
	}
	
	
	/**
	 * <pre>
	 * Contexts:
	 *     RuleSetting returns RuleSetting
	 *
	 * Constraint:
	 *     (ruleId=ID enabled=OnOff? severity=Severity? parameters+=RuleParameter*)
	 * </pre>
	 */
	protected void sequence_RuleSetting(ISerializationContext context, RuleSetting semanticObject) {
		genericSequencer.createSequence(context, semanticObject);
	}
	
	
	/**
	 * <pre>
	 * Contexts:
	 *     StaffGroup returns StaffGroup
	 *
	 * Constraint:
	 *     (name=STRING? refugeeBackground?='refugee'? members=INT? statusHolderClients=INT?)
	 * </pre>
	 */
	protected void sequence_StaffGroup(ISerializationContext context, StaffGroup semanticObject) {
		genericSequencer.createSequence(context, semanticObject);
	}
	
	
	/**
	 * <pre>
	 * Contexts:
	 *     Touchpoint returns Touchpoint
	 *
	 * Constraint:
	 *     (
	 *         id=ID 
	 *         name=STRING? 
	 *         organisation=[Organisation|QualifiedName] 
	 *         description=STRING? 
	 *         role=STRING? 
	 *         channel=Channel? 
	 *         initiator=Initiator? 
	 *         purpose=Purpose? 
	 *         duration=INT? 
	 *         interpreter=InterpreterArrangement? 
	 *         (communicationForms+=CommunicationForm communicationForms+=CommunicationForm*)? 
	 *         understandingChecked?='understanding'? 
	 *         emotion=Emotion? 
	 *         (lifeDomains+=LifeDomain lifeDomains+=LifeDomain*)? 
	 *         healthSignal?='health'? 
	 *         (keyPersons+=[KeyPerson|QualifiedName] keyPersons+=[KeyPerson|QualifiedName]*)?
	 *     )
	 * </pre>
	 */
	protected void sequence_Touchpoint(ISerializationContext context, Touchpoint semanticObject) {
		genericSequencer.createSequence(context, semanticObject);
	}
	
	
}
