/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.voorbeeldstad.klantreis.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The worked example on a plain JVM, through the launcher a user runs: the commands of
 * docs/extending.md (and docs/uitbreiden.md) as written there, from the root of the clone.
 */
class ExtensionOnCommandLineTest {

    private static final Path ROOT = Path.of(System.getProperty("klantreis.root", "../../.."));
    private static final String LAUNCHER = "bundles/nl.klantreis.cli/target/klantreis/bin/klantreis";
    private static final String PLUGINS = "examples/extension/nl.voorbeeldstad.klantreis/target";
    private static final String MODEL = "examples/extension/models/voorbeeldstad.xmi";

    @TempDir
    Path temp;

    /** What a command printed and how it ended. */
    record Run(int exit, String out, String err) {
    }

    /**
     * Every command in the guides' sh blocks, run from the clone's root as written; each line of
     * the text block that follows it is in what the command printed.
     */
    @ParameterizedTest
    @ValueSource(strings = { "docs/extending.md", "docs/uitbreiden.md" })
    void theGuidesCommandsPrintWhatTheGuidesShow(String guide) throws Exception {
        List<String> lines = Files.readAllLines(ROOT.resolve(guide));
        int commands = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith(LAUNCHER + " ") || !"```sh".equals(lines.get(i - 1))) {
                continue;
            }
            commands++;
            Run run = klantreis(LAUNCHER, lines.get(i).substring(LAUNCHER.length() + 1).split(" "));
            String printed = run.out() + run.err();
            int text = i + 4; // the closing fence, a blank line, the opening fence, then the expected lines
            assertEquals("```text", lines.get(text - 1), guide + ": an expected output after " + lines.get(i));
            for (int j = text; !lines.get(j).equals("```"); j++) {
                assertTrue(printed.contains(lines.get(j)), guide + ": `" + lines.get(i) + "` prints\n" + lines.get(j)
                        + "\nbut printed\n" + printed);
            }
        }
        assertEquals(4, commands, guide + ": the commands of section 3");
    }

    @Test
    void theGuidesCheckFindsKlantreisRulesOnTheLanguageCafeAndTheExtensionsRule() throws Exception {
        Run run = klantreis(LAUNCHER, "check", "--plugins", PLUGINS, MODEL, "--lang", "nl");
        assertEquals(1, run.exit(), run.toString());
        assertEquals("", run.err(), "the extension loads without a word");
        assertTrue(run.out().contains(MODEL + ":LanguageCafe 'taalcafe': fout KR-INTERPRETER-02: In Taalcafe in de bibliotheek tolkt een kind."),
                run.out());
        assertTrue(run.out().contains(MODEL + ":Klantreis 'z-route': waarschuwing VOORBEELDSTAD-ROUTE-01: In klantreis "
                + "\u2018Inburgering op de Z-route\u2019 volgt persona \u2018Haile\u2019 de Z-route"), run.out());
        assertFalse(run.out().contains("Klantreis 'b1-route': waarschuwing VOORBEELDSTAD-ROUTE-01"), "the B1 journey has its language café");
    }

    @Test
    void withoutTheExtensionTheModelIsNotReadAndTheMessageSaysWhy() throws Exception {
        Run run = klantreis(LAUNCHER, "check", MODEL, "--lang", "en");
        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("https://voorbeeldstad.example/klantreis/1.0") && run.err().contains("--plugins FOLDER"), run.err());
    }

    @Test
    void theGuidesReportShowsTheLanguageCafeAndTheFinding() throws Exception {
        Path report = temp.resolve("voorbeeldstad.html");
        Run run = klantreis(LAUNCHER, "report", "--plugins", PLUGINS, MODEL, "-o", report.toString());
        assertEquals(0, run.exit(), run.toString());
        String html = Files.readString(report);
        assertTrue(html.contains("Taalcafe in de bibliotheek"), "the language café is a step of the map");
        assertTrue(html.contains("VOORBEELDSTAD-ROUTE-01"), "the extension's finding is in the report");
        assertTrue(html.contains("<tr><th>learningRoute</th><td>SELF_RELIANCE</td></tr>"), "the persona card shows the extension's fact");
    }

    @Test
    void theRulesReferenceListsTheExtensionsRule() throws Exception {
        Path reference = temp.resolve("regels.md");
        Run run = klantreis(LAUNCHER, "rules", "--plugins", PLUGINS, "--format", "markdown", "--lang", "nl", "-o", reference.toString());
        assertEquals(0, run.exit(), run.toString());
        String markdown = Files.readString(reference);
        assertTrue(markdown.contains("## VOORBEELDSTAD-ROUTE-01"), markdown);
        assertTrue(markdown.contains("- Uitbreiding: Voorbeeldstad (bron: handreiking 1)"), markdown);
    }

    /** The option may stand before the command's name as well. */
    @Test
    void pluginsBeforeTheCommandLoadToo() throws Exception {
        Run run = klantreis(LAUNCHER, "--plugins", PLUGINS, "rules");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("VOORBEELDSTAD-ROUTE-01"), run.out());
        assertEquals(2, klantreis(LAUNCHER, "--plugins", "geen-map", "rules").exit(), "a missing folder is a usage error here too");
    }

    @Test
    void convertKeepsTheModelInXmiAndRefusesTextWithAReason() throws Exception {
        Path copy = temp.resolve("copy.xmi");
        assertEquals(0, klantreis(LAUNCHER, "convert", "--plugins", PLUGINS, MODEL, "-o", copy.toString()).exit());
        assertEquals(Files.readString(ROOT.resolve(MODEL)), Files.readString(copy), "XMI to XMI changes nothing");
        Path text = temp.resolve("copy.klantreis");
        Run run = klantreis(LAUNCHER, "convert", "--plugins", PLUGINS, MODEL, "-o", text.toString(), "--lang", "nl");
        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("gebruikt klassen van een uitbreiding (LanguageCafe, LearnerPersona)"), run.err());
        assertFalse(Files.exists(text), "nothing written");
    }

    /** A plugins/ folder beside the installation is loaded without --plugins. */
    @Test
    void thePluginsFolderBesideTheInstallationLoads() throws Exception {
        Path installation = Files.createDirectories(temp.resolve("klantreis"));
        Files.createDirectories(installation.resolve("bin"));
        Files.copy(ROOT.resolve(LAUNCHER), installation.resolve("bin/klantreis"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.createSymbolicLink(installation.resolve("lib"), ROOT.resolve(LAUNCHER).getParent().resolveSibling("lib").toAbsolutePath());
        Path plugins = Files.createDirectories(installation.resolve("plugins"));
        Files.copy(exampleJar(), plugins.resolve(exampleJar().getFileName()));
        Run run = klantreis(installation.resolve("bin/klantreis").toString(), "rules");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("VOORBEELDSTAD-ROUTE-01"), run.out());
    }

    /** An extension that cannot load is named with its reason; the others load and the command runs. */
    @Test
    void aBrokenExtensionIsNamedAndNothingElseBreaks() throws Exception {
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        Files.copy(exampleJar(), plugins.resolve(exampleJar().getFileName()));
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(plugins.resolve("kapot.jar")))) {
            jar.putNextEntry(new JarEntry("META-INF/services/nl.klantreis.rules.KlantreisExtension"));
            jar.write("nl.nergens.BestaatNiet\n".getBytes(StandardCharsets.UTF_8));
        }
        Run run = klantreis(LAUNCHER, "check", "--plugins", plugins.toString(), MODEL, "--lang", "nl");
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().startsWith("klantreis: uitbreiding " + plugins + " niet geladen: ServiceConfigurationError"), run.err());
        assertTrue(run.err().contains("nl.nergens.BestaatNiet"), run.err());
        assertTrue(run.out().contains("VOORBEELDSTAD-ROUTE-01"), "the good extension still loads: " + run.out());
    }

    /** A second extension whose rule has an id the first one has is refused, naming both; the first stays. */
    @Test
    void twoRulesWithOneIdAreRefusedWithBothNamed() throws Exception {
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        Files.copy(exampleJar(), plugins.resolve(exampleJar().getFileName()));
        Path copy = plugins.resolve("z-kopiestad.jar"); // after the example: a folder's jars load in name order
        compileExtension(copy, "nl.kopiestad", "KopiestadExtension", Map.of(), """
                package nl.kopiestad;
                public final class KopiestadExtension implements nl.klantreis.rules.KlantreisExtension {
                    public String name() { return "Kopiestad"; }
                    public java.util.List<nl.klantreis.rules.Rule<?>> rules() {
                        return java.util.List.of(new nl.voorbeeldstad.klantreis.rules.GroupInformationRule());
                    }
                }
                """);
        Run run = klantreis(LAUNCHER, "check", "--plugins", plugins.toString(), MODEL, "--lang", "nl");
        assertEquals(1, run.exit(), run.toString());
        assertEquals("klantreis: uitbreiding " + copy + " niet geladen: Uitbreiding Kopiestad: regel VOORBEELDSTAD-ROUTE-01 heeft de id "
                + "van een regel van Voorbeeldstad; geef elke regel een eigen id.\n", run.err());
        assertTrue(run.out().contains("VOORBEELDSTAD-ROUTE-01"), "Voorbeeldstad's rule still runs: " + run.out());
    }

    /** An extension's rule on Klantreis's own classes checks text models too, and its id stays its own. */
    @Test
    void anExtensionsRuleFindsInATextModelWithItsOwnId() throws Exception {
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        String texts = """
                TESTSTAD-JOURNEY-01.title = Every journey
                TESTSTAD-JOURNEY-01.checks = -
                TESTSTAD-JOURNEY-01.unrecorded = -
                TESTSTAD-JOURNEY-01.rationale = -
                TESTSTAD-JOURNEY-01.message = Journey {0} is seen by Teststad.
                TESTSTAD-JOURNEY-01.fix = Nothing to do.
                """;
        compileExtension(plugins.resolve("teststad.jar"), "nl.teststad", "TeststadExtension",
                Map.of("nl/teststad/messages.properties", texts, "nl/teststad/messages_nl.properties",
                        texts.replace("Journey {0} is seen by Teststad.", "Teststad ziet klantreis {0}.")),
                """
                package nl.teststad;
                import nl.klantreis.model.Journey;
                import nl.klantreis.model.KlantreisPackage.Literals;
                import nl.klantreis.model.Severity;
                import nl.klantreis.rules.*;
                public final class TeststadExtension implements KlantreisExtension {
                    public java.util.List<Rule<?>> rules() {
                        return java.util.List.of(new Rule<Journey>("TESTSTAD-JOURNEY-01", Literals.JOURNEY, Journey.class, Severity.INFO, "test") {
                            protected void check(Journey journey, RuleCheck check) {
                                check.report(journey, Literals.NAMED_ELEMENT__NAME);
                            }
                        });
                    }
                }
                """);
        Run run = klantreis(LAUNCHER, "check", "--plugins", plugins.toString(), "examples/loon-op-zand/loon-op-zand.klantreis",
                "--lang", "nl", "--fail-on", "warning");
        assertEquals("", run.err(), run.toString());
        assertTrue(run.out().matches("(?s).*examples/loon-op-zand/loon-op-zand.klantreis:\\d+:\\d+: melding TESTSTAD-JOURNEY-01: "
                + "Teststad ziet klantreis Van huisvesting naar werk\\..*"), run.out());
    }

    /** Compiles one extension class against the launcher's jars and the example, into a jar that lists it as a service. */
    private void compileExtension(Path jar, String javaPackage, String className, Map<String, String> resources, String source)
            throws IOException {
        Path sources = Files.createDirectories(temp.resolve("src"));
        Path classes = Files.createDirectories(temp.resolve("classes"));
        Path file = sources.resolve(className + ".java");
        Files.writeString(file, source);
        List<String> jars = new ArrayList<>(List.of(exampleJar().toString()));
        try (var lib = Files.list(ROOT.resolve(LAUNCHER).getParent().resolveSibling("lib"))) {
            lib.map(Path::toString).forEach(jars::add); // the compiler in this JVM expands no "lib/*"
        }
        String classPath = String.join(java.io.File.pathSeparator, jars);
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-cp", classPath, "-d", classes.toString(), file.toString());
        assertEquals(0, compiled, "the test extension compiles");
        String binaryName = javaPackage + "." + className;
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> compiledClasses = Files.walk(classes)) {
            for (Path classFile : compiledClasses.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(classFile).toString()));
                out.write(Files.readAllBytes(classFile));
            }
            for (Map.Entry<String, String> resource : resources.entrySet()) {
                out.putNextEntry(new JarEntry(resource.getKey()));
                out.write(resource.getValue().getBytes(StandardCharsets.ISO_8859_1));
            }
            out.putNextEntry(new JarEntry("META-INF/services/nl.klantreis.rules.KlantreisExtension"));
            out.write((binaryName + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aPluginsFolderThatDoesNotExistIsAUsageError() throws Exception {
        Run run = klantreis(LAUNCHER, "check", "--plugins", "geen-map", MODEL, "--lang", "nl");
        assertEquals(2, run.exit(), run.toString());
        assertEquals("klantreis: geen-map: map bestaat niet. --plugins noemt een map met uitbreidingen (jar-bestanden).\n", run.err());
    }

    private static Path exampleJar() throws IOException {
        try (var jars = Files.list(ROOT.resolve(PLUGINS))) {
            return jars.filter(file -> file.getFileName().toString().endsWith(".jar")).findFirst().orElseThrow();
        }
    }

    /** Runs a command from the root of the clone, as the guide does. */
    private static Run klantreis(String launcher, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher));
        command.addAll(List.of(arguments));
        Path err = Files.createTempFile("klantreis", ".err");
        Process process = new ProcessBuilder(command).directory(ROOT.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finished");
        String errors = Files.readString(err);
        Files.delete(err);
        return new Run(process.exitValue(), out, errors);
    }
}
