/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
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
 * the personal-data rules that keep residents' data out of shared models, and then the rules
 * of the extensions added to it, in the order they were added. Immutable: adding an extension
 * makes a new catalogue.
 */
public final class RuleCatalogue {

    /** The namespace of Klantreis's own rule ids; an extension's rules have their own. */
    public static final String KLANTREIS_NAMESPACE = "KR-";

    /** The texts every rule has, in English and in Dutch. */
    private static final List<String> TEXTS = List.of("title", "checks", "unrecorded", "rationale", "message", "fix");

    /** The rules Klantreis ships. */
    public static final RuleCatalogue KLANTREIS = new RuleCatalogue(List.of(
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
            new DateOfBirthRule()), List.of());

    private final Map<String, Rule<?>> byId = new LinkedHashMap<>();
    /** Which extension each extension rule comes from. */
    private final Map<String, KlantreisExtension> origin = new LinkedHashMap<>();
    private final List<KlantreisExtension> extensions;
    private final Map<EClass, List<Entry>> byClass = new ConcurrentHashMap<>();

    private RuleCatalogue(List<Rule<?>> rules, List<KlantreisExtension> extensions) {
        for (Rule<?> rule : rules) {
            if (byId.put(rule.id(), rule) != null) {
                throw new IllegalStateException("two rules with id " + rule.id());
            }
        }
        this.extensions = List.copyOf(extensions);
        for (KlantreisExtension extension : extensions) {
            for (Rule<?> rule : extension.rules()) {
                addExtensionRule(extension, rule);
            }
        }
    }

    /**
     * This catalogue and the rules of {@code extension} after its own.
     *
     * @throws ExtensionException when a rule of the extension has an id of Klantreis's namespace or
     *         one that the catalogue already has, or lacks an English or Dutch text
     */
    public RuleCatalogue with(KlantreisExtension extension) {
        if (extensions.contains(extension)) {
            return this;
        }
        List<KlantreisExtension> more = new ArrayList<>(extensions);
        more.add(extension);
        return new RuleCatalogue(ownRules(), more);
    }

    /** This catalogue without the rules of {@code extension}. */
    public RuleCatalogue without(KlantreisExtension extension) {
        List<KlantreisExtension> fewer = new ArrayList<>(extensions);
        fewer.remove(extension);
        return new RuleCatalogue(ownRules(), fewer);
    }

    public List<RuleDescriptor> descriptors() {
        return byId.values().stream().map(Rule::descriptor).toList();
    }

    public Optional<RuleDescriptor> descriptor(String id) {
        return Optional.ofNullable(byId.get(id)).map(Rule::descriptor);
    }

    /** The extensions whose rules the catalogue has, in the order they were added. */
    public List<KlantreisExtension> extensions() {
        return extensions;
    }

    /** The extension a rule comes from; empty for Klantreis's own rules. */
    public Optional<KlantreisExtension> extensionOf(String ruleId) {
        return Optional.ofNullable(origin.get(ruleId));
    }

    private List<Rule<?>> ownRules() {
        return byId.values().stream().filter(rule -> !origin.containsKey(rule.id())).toList();
    }

    private void addExtensionRule(KlantreisExtension extension, Rule<?> rule) {
        String id = rule.id();
        if (id.startsWith(KLANTREIS_NAMESPACE)) {
            throw new ExtensionException("extension.klantreisNamespace", extension.name(), id);
        }
        Rule<?> earlier = byId.putIfAbsent(id, rule);
        if (earlier != null) {
            throw new ExtensionException("extension.duplicateId", extension.name(), id,
                    extensionOf(id).map(KlantreisExtension::name).orElse("Klantreis"));
        }
        origin.put(id, extension);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
            List<String> missing = missingTexts(extension, id, locale);
            if (!missing.isEmpty()) {
                throw new ExtensionException("extension.missingTexts", extension.name(), id, locale.getLanguage(), String.join(", ", missing));
            }
        }
    }

    private static List<String> missingTexts(KlantreisExtension extension, String id, Locale locale) {
        ResourceBundle texts;
        ResourceBundle english;
        try {
            texts = extension.messages(locale);
            english = extension.messages(Locale.ENGLISH);
        } catch (MissingResourceException e) {
            return TEXTS.stream().map(part -> id + "." + part).toList();
        }
        boolean dutch = Language.isDutch(locale);
        return TEXTS.stream().map(part -> id + "." + part)
                .filter(key -> !texts.containsKey(key)
                        // a Dutch text that is the very English one, inherited from the base bundle
                        || dutch && english.containsKey(key) && texts.getString(key) == english.getString(key))
                .toList();
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
