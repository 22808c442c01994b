package nl.klantreis.rules;

import org.eclipse.emf.ecore.EValidator;

import nl.klantreis.model.KlantreisPackage;

/**
 * Registers the rule catalogue with EMF's EValidator registry. Inside Eclipse the rules
 * bundle does this when it starts; a plain Java program calls {@link #register()} once.
 */
public final class KlantreisRules {

    private static final KlantreisRuleValidator VALIDATOR = new KlantreisRuleValidator(RuleCatalogue.ALL);

    private KlantreisRules() {
    }

    /** Makes every Diagnostician run the catalogue on klantreis models. */
    public static KlantreisRuleValidator register() {
        EValidator.Registry.INSTANCE.put(KlantreisPackage.eINSTANCE, VALIDATOR);
        return VALIDATOR;
    }

    /** Restores EMF's structural validation only. */
    public static void unregister() {
        EValidator.Registry.INSTANCE.remove(KlantreisPackage.eINSTANCE, VALIDATOR);
    }

    public static KlantreisRuleValidator validator() {
        return VALIDATOR;
    }
}
