/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.tests;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

import nl.klantreis.model.Channel;
import nl.klantreis.model.CommunicationForm;
import nl.klantreis.model.ContractKind;
import nl.klantreis.model.DutchLevel;
import nl.klantreis.model.Handover;
import nl.klantreis.model.HandoverKind;
import nl.klantreis.model.Initiator;
import nl.klantreis.model.InterpreterArrangement;
import nl.klantreis.model.Journey;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.KeyPerson;
import nl.klantreis.model.KlantreisFactory;
import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.model.LifeDomain;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.OrganisationKind;
import nl.klantreis.model.Persona;
import nl.klantreis.model.Phase;
import nl.klantreis.model.Purpose;
import nl.klantreis.model.RuleParameter;
import nl.klantreis.model.RuleSetting;
import nl.klantreis.model.SkillLevel;
import nl.klantreis.model.StaffGroup;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.rules.KlantreisRuleValidator;
import nl.klantreis.rules.KlantreisRules;
import nl.klantreis.rules.RuleDiagnostic;

/**
 * A journey in which no rule finds anything; each test changes one thing and looks at what
 * the catalogue says about it.
 */
final class TestJourney {

    static final KlantreisFactory F = KlantreisFactory.eINSTANCE;

    final JourneyModel model = F.createJourneyModel();
    final Organisation municipality = organisation("gemeente", OrganisationKind.INTEGRATION);
    final Organisation workAndIncome = organisation("werk-inkomen", OrganisationKind.WORK_AND_INCOME);
    final Organisation doctor = organisation("huisarts", OrganisationKind.GENERAL_PRACTITIONER);
    final Persona persona = F.createPersona();
    final KeyPerson keyPerson = F.createKeyPerson();
    final Journey journey = F.createJourney();
    final Phase phase = F.createPhase();
    final Touchpoint intake;

    TestJourney() {
        model.setId("test");
        persona.setId("amina");
        persona.setDutchLevel(DutchLevel.A1);
        persona.setLiteracy(SkillLevel.ADEQUATE);
        model.getPersonas().add(persona);
        keyPerson.setId("sleutelpersoon");
        keyPerson.setContract(ContractKind.VOLUNTEER);
        keyPerson.setSupervisor(municipality);
        model.getKeyPersons().add(keyPerson);
        journey.setId("aankomst");
        journey.setPersona(persona);
        journey.setTrigger(F.createLifeEvent());
        phase.setId("fase");
        journey.getPhases().add(phase);
        model.getJourneys().add(journey);
        intake = touchpoint("intake", t -> {
            t.setPurpose(Purpose.INTAKE);
            t.setChannel(Channel.HOME_VISIT);
            t.setDuration(90);
            t.getLifeDomains().addAll(EnumSet.allOf(LifeDomain.class));
            t.getKeyPersons().add(keyPerson);
        });
    }

    private Organisation organisation(String id, OrganisationKind kind) {
        Organisation organisation = F.createOrganisation();
        organisation.setId(id);
        organisation.setKind(kind);
        organisation.setTrainedStaff(true);
        organisation.setInterpreterBudget(true);
        organisation.setStatusHolderCaseload(10);
        model.getOrganisations().add(organisation);
        return organisation;
    }

    /** A touchpoint that breaks no rule, changed by {@code setup}. */
    Touchpoint touchpoint(String id, Consumer<Touchpoint> setup) {
        Touchpoint touchpoint = F.createTouchpoint();
        touchpoint.setId(id);
        touchpoint.setOrganisation(municipality);
        touchpoint.setChannel(Channel.MEETING);
        touchpoint.setInitiator(Initiator.ORGANISATION);
        touchpoint.setPurpose(Purpose.INFORMATION);
        touchpoint.setInterpreter(InterpreterArrangement.PROFESSIONAL);
        touchpoint.getCommunicationForms().add(CommunicationForm.SPOKEN);
        touchpoint.setUnderstandingChecked(true);
        setup.accept(touchpoint);
        phase.getTouchpoints().add(touchpoint);
        return touchpoint;
    }

    /** A staff group of three of {@code organisation}, serving {@code clients} status holders. */
    StaffGroup staffGroup(Organisation organisation, boolean refugeeBackground, int clients) {
        StaffGroup group = F.createStaffGroup();
        group.setRefugeeBackground(refugeeBackground);
        group.setMembers(3);
        group.setStatusHolderClients(clients);
        organisation.getStaffGroups().add(group);
        return group;
    }

    Handover handover(Touchpoint source, Touchpoint target, HandoverKind kind) {
        Handover handover = F.createHandover();
        handover.setSource(source);
        handover.setTarget(target);
        handover.setKind(kind);
        journey.getHandovers().add(handover);
        return handover;
    }

    RuleSetting setting(String ruleId, String... keysAndValues) {
        RuleSetting setting = F.createRuleSetting();
        setting.setRuleId(ruleId);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            RuleParameter parameter = F.createRuleParameter();
            parameter.setKey(keysAndValues[i]);
            parameter.setValue(keysAndValues[i + 1]);
            setting.getParameters().add(parameter);
        }
        model.getRuleSettings().add(setting);
        return setting;
    }

    /** All diagnostics of a validation with the catalogue, in the given language. */
    List<Diagnostic> validate(Locale locale) {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(KlantreisPackage.eINSTANCE, KlantreisRules.validator());
        Diagnostician diagnostician = new Diagnostician(registry);
        BasicDiagnostic result = new BasicDiagnostic();
        Map<Object, Object> context = diagnostician.createDefaultContext();
        context.put(KlantreisRuleValidator.LOCALE, locale);
        diagnostician.validate(model, result, context);
        return flatten(result);
    }

    List<RuleDiagnostic> findings() {
        return validate(Locale.ENGLISH).stream().filter(RuleDiagnostic.class::isInstance)
                .map(RuleDiagnostic.class::cast).toList();
    }

    /** The rule ids found, in order. */
    List<String> ruleIds() {
        return findings().stream().map(RuleDiagnostic::ruleId).toList();
    }

    private static List<Diagnostic> flatten(Diagnostic diagnostic) {
        List<Diagnostic> all = new ArrayList<>();
        for (Diagnostic child : diagnostic.getChildren()) {
            all.add(child);
            all.addAll(flatten(child));
        }
        return all;
    }
}
