package nl.klantreis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.klantreis.dsl.validation.KlantreisDiagnosticConverter;
import nl.klantreis.rules.KlantreisRuleValidator;
import nl.klantreis.rules.KlantreisRules;
import nl.klantreis.rules.ModelProblems;
import nl.klantreis.rules.RuleDiagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code klantreis check PATH...}: validates journeys with the rule catalogue. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = { "Checks klantreis files (.klantreis and .xmi; folders are searched) against the rules.",
                "Controleert klantreisbestanden (.klantreis en .xmi; mappen worden doorzocht) op de regels.",
                "Exit: 0 clean, 1 findings at or above --fail-on, 2 unreadable input or usage error." })
final class CheckCommand implements Callable<Integer> {

    /** Severities a finding can have, lowest first. */
    enum Level {
        info(Diagnostic.INFO), warning(Diagnostic.WARNING), error(Diagnostic.ERROR);

        final int severity;

        Level(int severity) {
            this.severity = severity;
        }

        static Level of(int severity) {
            return severity >= Diagnostic.ERROR ? error : severity >= Diagnostic.WARNING ? warning : info;
        }
    }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders / Bestanden of mappen")
    private List<Path> paths;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "Exit 1 on findings of this severity or higher: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    private Level failOn;

    /** How findings are written. */
    enum Format {
        text, json, sarif
    }

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}); sarif is SARIF 2.1.0")
    private Format format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Texts texts = LanguageOption.texts(spec);
        // The notation's validation speaks the JVM's language; this process speaks the one asked for.
        Locale.setDefault(texts.locale());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ModelSet set = ModelSet.read(paths, texts);
        List<Path> files = set.files();
        Progress progress = new Progress(err, files.size());
        int[] counts = new int[Level.values().length];
        List<Finding> all = new ArrayList<>();
        // What could not be read comes first, a referenced catalogue before the journeys that need it.
        set.problems().forEach((file, problems) -> problems.stream().map(problem -> Finding.unreadable(file, problem)).forEach(problem -> {
            err.println(problem.line(texts));
            all.add(problem);
            counts[Level.error.ordinal()]++; // the summary counts what kept a file from being read as an error too
        }));
        int unreadableFiles = set.problems().size();
        for (Path file : files) {
            if (!set.readable(file)) {
                continue;
            }
            progress.next(file);
            List<Finding> findings = set.check(file);
            progress.clear();
            for (Finding finding : findings) {
                counts[finding.level().ordinal()]++;
                all.add(finding);
                if (format == Format.text) {
                    out.println(finding.line(texts));
                }
            }
        }
        if (unreadableFiles > 0) {
            err.println(texts.get("check.unreadable", unreadableFiles));
        }
        switch (format) {
            case text -> out.println(texts.get("check.summary", counts[Level.error.ordinal()],
                    counts[Level.warning.ordinal()], counts[Level.info.ordinal()], files.size()));
            case json -> out.print(FindingsOutput.json(all));
            case sarif -> out.print(FindingsOutput.sarif(all, spec.root().version()[0].replace("klantreis ", ""),
                    texts.locale()));
        }
        out.flush();
        err.flush();
        if (unreadableFiles > 0) {
            return KlantreisCommand.BAD_INPUT;
        }
        for (Level level : Level.values()) {
            if (level.severity >= failOn.severity && counts[level.ordinal()] > 0) {
                return KlantreisCommand.FINDINGS;
            }
        }
        return 0;
    }

    static List<Finding> findings(Path file, List<Diagnostic> diagnostics, Texts texts) {
        return diagnostics.stream()
                .map(d -> Finding.on(file, element(d, texts), Level.of(d.getSeverity()), id(d), d.getMessage()))
                .toList();
    }

    /** Every finding for a model: EMF's structural checks and the rule catalogue. */
    static List<Diagnostic> validate(EObject model, Texts texts) {
        Diagnostician diagnostician = new Diagnostician(KlantreisRules.newValidatorRegistry()) {
            @Override
            public String getObjectLabel(EObject eObject) {
                return ModelProblems.name(eObject, texts.locale());
            }
        };
        Map<Object, Object> context = diagnostician.createDefaultContext();
        context.put(KlantreisRuleValidator.LOCALE, texts.locale());
        BasicDiagnostic result = new BasicDiagnostic();
        diagnostician.validate(model, result, context);
        List<Diagnostic> findings = new ArrayList<>();
        collect(result, findings, texts.locale());
        return findings;
    }

    private static void collect(Diagnostic diagnostic, List<Diagnostic> findings, Locale locale) {
        for (Diagnostic child : diagnostic.getChildren()) {
            ModelProblems.readable(child, locale).ifPresent(findings::add);
            collect(child, findings, locale);
        }
    }

    private static String id(Diagnostic finding) {
        if (finding instanceof RuleDiagnostic rule) {
            return rule.ruleId();
        }
        return KlantreisRuleValidator.DIAGNOSTIC_SOURCE.equals(finding.getSource()) ? KlantreisDiagnosticConverter.RULE_SETTING : Finding.MODEL;
    }

    /** Where the finding is: the element's class and id, for example {@code Touchpoint 'intake'}. */
    private static String element(Diagnostic finding, Texts texts) {
        if (!finding.getData().isEmpty() && finding.getData().get(0) instanceof EObject element) {
            return InputChecks.name(element, texts.locale());
        }
        return "-";
    }

    /** "3/40 file.xmi" on a terminal while many files are checked; nothing otherwise. */
    private static final class Progress {
        private final PrintWriter err;
        private final int total;
        private final boolean shown;
        private int done;
        private boolean onScreen;

        Progress(PrintWriter err, int total) {
            this.err = err;
            this.total = total;
            this.shown = total > 1 && System.console() != null;
        }

        void next(Path file) {
            done++;
            if (shown) {
                err.print("\r\u001b[K" + done + "/" + total + " " + file.getFileName());
                err.flush();
                onScreen = true;
            }
        }

        void clear() {
            if (onScreen) {
                err.print("\r\u001b[K");
                err.flush();
                onScreen = false;
            }
        }
    }
}
