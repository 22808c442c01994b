/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.klantreis.rules.IssueCodes;
import nl.klantreis.rules.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code klantreis check PATH...}: validates journeys with the rule catalogue. */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand extends BaseCommand {

    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "paths")
    private List<Path> paths;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL", descriptionKey = "fail-on")
    private Severity failOn;

    /** How findings are written. */
    enum Format {
        text, json, sarif
    }

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", descriptionKey = "format")
    private Format format;

    @Override
    int doCall(Texts texts) {
        PrintWriter out = out();
        PrintWriter err = err();
        ModelSet set;
        try {
            set = ModelSet.read(paths, texts);
        } catch (UserError nothingToRead) {
            if (format == Format.text) {
                throw nothingToRead;
            }
            // a pipeline that asked for JSON or SARIF gets it, with the reason as a KR-INPUT error
            nothingToRead.lines().forEach(err::println);
            write(out, List.of(Finding.on(paths.get(0), "-", Severity.error, IssueCodes.INPUT, nothingToRead.getMessage())), texts,
                    ExitCodes.BAD_INPUT);
            return ExitCodes.BAD_INPUT;
        }
        List<Path> files = set.files();
        Progress progress = new Progress(err, files.size());
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        List<Finding> all = new ArrayList<>();
        // What could not be read comes first, a referenced catalogue before the journeys that need it.
        set.problems().forEach((file, problems) -> problems.stream().map(problem -> Finding.unreadable(file, problem)).forEach(problem -> {
            err.println(problem.line(texts));
            all.add(problem);
            counts.merge(Severity.error, 1, Integer::sum); // the summary counts what kept a file from being read as an error too
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
                counts.merge(finding.severity(), 1, Integer::sum);
                all.add(finding);
                if (format == Format.text) {
                    out.println(finding.line(texts));
                }
            }
        }
        if (unreadableFiles > 0) {
            err.println(texts.get("check.unreadable", unreadableFiles));
        }
        int exit = unreadableFiles > 0 ? ExitCodes.BAD_INPUT
                : counts.keySet().stream().anyMatch(severity -> severity.compareTo(failOn) >= 0) ? ExitCodes.FINDINGS : ExitCodes.OK;
        if (format == Format.text) {
            out.println(texts.get("check.summary", counts.getOrDefault(Severity.error, 0), counts.getOrDefault(Severity.warning, 0),
                    counts.getOrDefault(Severity.info, 0), files.size()));
        } else {
            write(out, all, texts, exit);
        }
        out.flush();
        err.flush();
        return exit;
    }

    /**
     * The severity {@code value} names: its name (info, warning, error, in any case) or the word
     * the output prints for it in the language asked for (melding, waarschuwing, fout).
     */
    static Severity severity(String value, Texts texts) {
        for (Severity severity : Severity.values()) {
            if (severity.name().equalsIgnoreCase(value) || texts.get("level." + severity).equalsIgnoreCase(value)) {
                return severity;
            }
        }
        throw new CommandLine.TypeConversionException(value);
    }

    /** The findings as JSON or SARIF. */
    private void write(PrintWriter out, List<Finding> findings, Texts texts, int exit) {
        out.print(format == Format.json ? FindingsOutput.json(findings)
                : FindingsOutput.sarif(findings, spec.root().version()[0].replace("klantreis ", ""), texts.locale(),
                        spec.commandLine().getParseResult().originalArgs(), exit));
        out.flush();
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
