package nl.klantreis.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;

import nl.klantreis.rules.catalogue.BankAccountRule;
import nl.klantreis.rules.catalogue.ChildInterpreterRule;
import nl.klantreis.rules.catalogue.CitizenServiceNumberRule;
import nl.klantreis.rules.catalogue.DateOfBirthRule;
import nl.klantreis.rules.catalogue.EmailAddressRule;
import nl.klantreis.rules.catalogue.ColdReferralRule;
import nl.klantreis.rules.catalogue.FamilyInterpreterRule;
import nl.klantreis.rules.catalogue.HealthSignalWithoutReferralRule;
import nl.klantreis.rules.catalogue.ImprovementWithoutOwnerRule;
import nl.klantreis.rules.catalogue.InterpreterBudgetRule;
import nl.klantreis.rules.catalogue.KeyPersonWithoutContractRule;
import nl.klantreis.rules.catalogue.KeyPersonWithoutSupervisionRule;
import nl.klantreis.rules.catalogue.MissingInterpreterRule;
import nl.klantreis.rules.catalogue.NarrowIntakeRule;
import nl.klantreis.rules.catalogue.NoIntakeRule;
import nl.klantreis.rules.catalogue.NoKeyPersonRule;
import nl.klantreis.rules.catalogue.NoOutreachRule;
import nl.klantreis.rules.catalogue.PhoneNumberRule;
import nl.klantreis.rules.catalogue.RefugeeStaffCaseloadRule;
import nl.klantreis.rules.catalogue.ShortIntakeRule;
import nl.klantreis.rules.catalogue.UnderstandingNotCheckedRule;
import nl.klantreis.rules.catalogue.UnknownIntakeDurationRule;
import nl.klantreis.rules.catalogue.UnknownReachRule;
import nl.klantreis.rules.catalogue.UntrainedFrontlineRule;
import nl.klantreis.rules.catalogue.UnrecordedDutchLevelRule;
import nl.klantreis.rules.catalogue.UnrecordedInterpreterRule;
import nl.klantreis.rules.catalogue.UntranslatedWrittenRule;
import nl.klantreis.rules.catalogue.WrittenOnlyForLowLiteracyRule;

/**
 * The catalogue of culture-sensitivity rules, in the order of the handreiking, followed by
 * the personal-data rules that keep residents' data out of shared models.
 */
public final class RuleCatalogue {

    /** Every rule Klantreis has. */
    public static final RuleCatalogue ALL = new RuleCatalogue(List.of(
            new UntrainedFrontlineRule(),
            new UnknownReachRule(),
            new MissingInterpreterRule(),
            new ChildInterpreterRule(),
            new FamilyInterpreterRule(),
            new InterpreterBudgetRule(),
            new UnrecordedInterpreterRule(),
            new UnrecordedDutchLevelRule(),
            new WrittenOnlyForLowLiteracyRule(),
            new UntranslatedWrittenRule(),
            new NoIntakeRule(),
            new ShortIntakeRule(),
            new UnknownIntakeDurationRule(),
            new NarrowIntakeRule(),
            new UnderstandingNotCheckedRule(),
            new HealthSignalWithoutReferralRule(),
            new NoOutreachRule(),
            new ColdReferralRule(),
            new ImprovementWithoutOwnerRule(),
            new NoKeyPersonRule(),
            new KeyPersonWithoutContractRule(),
            new KeyPersonWithoutSupervisionRule(),
            new RefugeeStaffCaseloadRule(),
            new CitizenServiceNumberRule(),
            new PhoneNumberRule(),
            new EmailAddressRule(),
            new BankAccountRule(),
            new DateOfBirthRule()));

    private final Map<String, Rule<?>> byId = new LinkedHashMap<>();
    private final Map<EClass, List<Entry>> byClass = new ConcurrentHashMap<>();

    private RuleCatalogue(List<Rule<?>> rules) {
        for (Rule<?> rule : rules) {
            if (byId.put(rule.id(), rule) != null) {
                throw new IllegalStateException("two rules with id " + rule.id());
            }
        }
    }

    public List<RuleDescriptor> descriptors() {
        return byId.values().stream().map(Rule::descriptor).toList();
    }

    public Optional<RuleDescriptor> descriptor(String id) {
        return Optional.ofNullable(byId.get(id)).map(Rule::descriptor);
    }

    /** A rule, with the code of its diagnostics: its place in the catalogue, from 1. */
    record Entry(Rule<?> rule, int code) {
    }

    /** The rules that check elements of {@code eClass}, its supertypes' rules included. */
    List<Entry> rulesFor(EClass eClass) {
        List<Entry> rules = byClass.get(eClass); // looked up once per element: no lock on the way
        if (rules == null) {
            rules = byClass.computeIfAbsent(eClass, this::collectRulesFor);
        }
        return rules;
    }

    private List<Entry> collectRulesFor(EClass eClass) {
        List<Entry> rules = new ArrayList<>();
        int code = 1;
        for (Rule<?> rule : byId.values()) {
            if (rule.descriptor().checksEveryElement() || rule.descriptor().target().isSuperTypeOf(eClass)) {
                rules.add(new Entry(rule, code));
            }
            code++;
        }
        return List.copyOf(rules);
    }
}
