package nl.klantreis.rules.catalogue;

import java.util.Collection;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;

import nl.klantreis.model.Severity;
import nl.klantreis.rules.Rule;
import nl.klantreis.rules.RuleCheck;

/**
 * A rule of the personal-data family (KR-PRIVACY-*): journeys describe personas, not
 * residents, so no free text of any element may hold data that identifies or reaches a
 * resident. Each rule looks at every text attribute of every element, and reports the
 * attribute, never the value: a finding must not spread what it warns about.
 */
public abstract class PersonalDataRule extends Rule<EObject> {

    /** The AVG (GDPR) principle these rules come from: data minimisation. */
    static final String SOURCE = "AVG art. 5(1)(c)";

    protected PersonalDataRule(String id, Severity defaultSeverity) {
        super(id, EcorePackage.Literals.EOBJECT, EObject.class, defaultSeverity, SOURCE);
    }

    /** Whether {@code text} holds personal data of this rule's kind. */
    protected abstract boolean holds(String text);

    @Override
    protected final void check(EObject element, RuleCheck check) {
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            if (attribute.getEAttributeType().getInstanceClass() == String.class && anyHolds(element.eGet(attribute))) {
                check.report(element, attribute, attribute.getName());
            }
        }
    }

    private boolean anyHolds(Object value) {
        if (value instanceof String text) {
            return holds(text);
        }
        return value instanceof Collection<?> texts && texts.stream().anyMatch(this::anyHolds);
    }
}
