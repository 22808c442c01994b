/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code klantreis check}: findings, exit codes, and clear messages for bad input. */
class CheckCommandTest {

    private static final Path EXAMPLE = ModelOutsideOsgiTest.ROOT.resolve("bundles/nl.klantreis.model.tests/resources/loon-op-zand.xmi");

    @TempDir
    Path temp;

    private final CommandRunner klantreis = new CommandRunner();

    @Test
    void exampleGetsItsFindingsAndExitCode() {
        int exit = klantreis.run("check", "--lang", "en", EXAMPLE.toString());
        String text = klantreis.out.toString();
        assertTrue(text.contains("Touchpoint 'huisarts-consult': error KR-INTERPRETER-01:"), text);
        assertTrue(text.contains("Handover"), text);
        assertEquals(ExitCodes.FINDINGS, exit, text);
    }

    @Test
    void failOnDecidesTheExitCode() {
        Path clean = write("schoon.xmi", """
                <?xml version="1.0" encoding="UTF-8"?>
                <klantreis:JourneyModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:klantreis="https://klantreis.nl/model/1.0" id="leeg">
                  <organisations id="ggd" kind="PUBLIC_HEALTH"/>
                </klantreis:JourneyModel>
                """);
        assertEquals(0, klantreis.run("check", clean.toString()), klantreis.out.toString());
        assertEquals(ExitCodes.FINDINGS, klantreis.run("check", "--fail-on", "info", clean.toString()), klantreis.out.toString());
        assertTrue(klantreis.out.toString().contains("KR-REACH-01"), klantreis.out.toString());
    }

    @Test
    void messagesComeInDutch() {
        klantreis.run("check", "--lang", "nl", EXAMPLE.toString());
        assertTrue(klantreis.out.toString().contains("fouten"), klantreis.out.toString());
        assertTrue(klantreis.out.toString().contains("er is geen tolk"), klantreis.out.toString());
    }

    @Test
    void malformedXmlIsReportedWithLineAndColumn() {
        Path broken = write("kapot.xmi",
                "<?xml version=\"1.0\"?>\n<klantreis:JourneyModel xmlns:klantreis=\"https://klantreis.nl/model/1.0\" id=\"x\">\n  <organisations id=\"a\">\n</klantreis:JourneyModel>\n");
        assertEquals(ExitCodes.BAD_INPUT, klantreis.run("check", broken.toString()));
        String message = klantreis.err.toString();
        assertTrue(message.matches("(?s).*kapot\\.xmi:4:\\d+: .*"), message);
        assertFalse(message.contains("Exception"), message);
    }

    @Test
    void danglingReferenceIsReportedWithItsLine() {
        Path dangling = write("verwijzing.xmi", """
                <?xml version="1.0" encoding="UTF-8"?>
                <klantreis:JourneyModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:klantreis="https://klantreis.nl/model/1.0" id="x">
                  <journeys id="j" persona="bestaat-niet"/>
                </klantreis:JourneyModel>
                """);
        assertEquals(ExitCodes.BAD_INPUT, klantreis.run("check", dangling.toString()));
        assertTrue(klantreis.err.toString().contains("verwijzing.xmi:3:"), klantreis.err.toString());
        assertTrue(klantreis.err.toString().contains("bestaat-niet"), klantreis.err.toString());
    }

    @Test
    void doctypeIsRefusedAndNoEntityIsRead() {
        Path secret = write("geheim.txt", "GEHEIM");
        Path hostile = write("xxe.xmi", "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri()
                + "\">]>\n<klantreis:JourneyModel xmlns:klantreis=\"https://klantreis.nl/model/1.0\" id=\"&e;\"/>\n");
        assertEquals(ExitCodes.BAD_INPUT, klantreis.run("check", hostile.toString()));
        assertTrue(klantreis.err.toString().contains("DOCTYPE"), klantreis.err.toString());
        assertFalse((klantreis.out.toString() + klantreis.err).contains("GEHEIM"));
    }

    @Test
    void jsonListsEveryFindingWithFileAndPlace() {
        Path text = ModelOutsideOsgiTest.ROOT.resolve("examples/nijmegen/nijmegen.klantreis");
        klantreis.run("check", "--format", "json", "--lang", "en", text.toString());
        com.google.gson.JsonArray findings = com.google.gson.JsonParser.parseString(klantreis.out.toString()).getAsJsonArray();
        assertEquals(1, findings.size());
        com.google.gson.JsonObject finding = findings.get(0).getAsJsonObject();
        assertEquals("KR-STAFF-01", finding.get("rule").getAsString());
        assertEquals(9, finding.get("line").getAsInt());
        assertEquals("warning", finding.get("severity").getAsString());
    }

    @Test
    void sarifIsAValidLogWithRulesAndResults() {
        klantreis.run("check", "--format", "sarif", EXAMPLE.toString());
        com.google.gson.JsonObject log = com.google.gson.JsonParser.parseString(klantreis.out.toString()).getAsJsonObject();
        assertEquals("2.1.0", log.get("version").getAsString());
        com.google.gson.JsonObject run = log.getAsJsonArray("runs").get(0).getAsJsonObject();
        assertEquals("klantreis", run.getAsJsonObject("tool").getAsJsonObject("driver").get("name").getAsString());
        assertEquals(11, run.getAsJsonArray("results").size());
        com.google.gson.JsonObject result = run.getAsJsonArray("results").get(0).getAsJsonObject();
        assertTrue(result.get("ruleId").getAsString().startsWith("KR-"));
        assertTrue(java.util.Set.of("error", "warning", "note").contains(result.get("level").getAsString()));
        com.google.gson.JsonArray rules = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
        for (com.google.gson.JsonElement each : run.getAsJsonArray("results")) {
            com.google.gson.JsonObject found = each.getAsJsonObject();
            assertEquals(found.get("ruleId").getAsString(),
                    rules.get(found.get("ruleIndex").getAsInt()).getAsJsonObject().get("id").getAsString(), "ruleIndex points at its rule");
        }
        com.google.gson.JsonObject invocation = run.getAsJsonArray("invocations").get(0).getAsJsonObject();
        assertEquals(ExitCodes.FINDINGS, invocation.get("exitCode").getAsInt());
        assertTrue(invocation.get("executionSuccessful").getAsBoolean(), "findings are the tool's work done");
        assertEquals(List.of("check", "--format", "sarif", EXAMPLE.toString()),
                invocation.getAsJsonArray("arguments").asList().stream().map(com.google.gson.JsonElement::getAsString).toList());
    }

    /** In an installation, each Klantreis rule links to its section of the rules reference that ships with it. */
    @Test
    void sarifRulesLinkToTheirReferenceInTheInstallation() {
        String before = System.getProperty(ExtensionJars.HOME);
        System.setProperty(ExtensionJars.HOME, temp.toString());
        try {
            klantreis.run("check", "--format", "sarif", "--lang", "nl", EXAMPLE.toString());
        } finally {
            if (before == null) {
                System.clearProperty(ExtensionJars.HOME);
            } else {
                System.setProperty(ExtensionJars.HOME, before);
            }
        }
        com.google.gson.JsonObject rule = com.google.gson.JsonParser.parseString(klantreis.out.toString()).getAsJsonObject()
                .getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonObject("tool").getAsJsonObject("driver")
                .getAsJsonArray("rules").get(0).getAsJsonObject();
        String id = rule.get("id").getAsString();
        assertEquals(temp.resolve("docs/regels.md").toUri() + "#" + id.toLowerCase(java.util.Locale.ROOT), rule.get("helpUri").getAsString());
    }

    @Test
    void unreadableInputIsAnUnsuccessfulInvocationInSarif() {
        Path broken = write("kapot.klantreis", "model m { organisatie o \"O\" }");
        assertEquals(ExitCodes.BAD_INPUT, klantreis.run("check", "--format", "sarif", broken.toString()));
        com.google.gson.JsonObject invocation = com.google.gson.JsonParser.parseString(klantreis.out.toString()).getAsJsonObject()
                .getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("invocations").get(0).getAsJsonObject();
        assertFalse(invocation.get("executionSuccessful").getAsBoolean());
        assertEquals(ExitCodes.BAD_INPUT, invocation.get("exitCode").getAsInt());
    }

    /** A pipeline that asked for JSON or SARIF gets it even when there is nothing to read: the reason as a KR-INPUT error. */
    @Test
    void jsonAndSarifSayWhatCouldNotBeRead() {
        String missing = temp.resolve("nergens.klantreis").toString();
        CommandRunner json = new CommandRunner();
        assertEquals(ExitCodes.BAD_INPUT, json.run("check", "--format", "json", "--lang", "nl", missing));
        com.google.gson.JsonObject finding = com.google.gson.JsonParser.parseString(json.out.toString()).getAsJsonArray().get(0).getAsJsonObject();
        assertEquals("KR-INPUT", finding.get("rule").getAsString());
        assertEquals("error", finding.get("severity").getAsString());
        assertTrue(finding.get("message").getAsString().contains("nergens.klantreis"), finding.toString());
        assertTrue(json.err.toString().contains("nergens.klantreis"), "and on standard error, as in text: " + json.err);
        CommandRunner sarif = new CommandRunner();
        assertEquals(ExitCodes.BAD_INPUT, sarif.run("check", "--format", "sarif", missing));
        com.google.gson.JsonObject run = com.google.gson.JsonParser.parseString(sarif.out.toString()).getAsJsonObject().getAsJsonArray("runs")
                .get(0).getAsJsonObject();
        assertEquals("KR-INPUT", run.getAsJsonArray("results").get(0).getAsJsonObject().get("ruleId").getAsString());
        assertFalse(run.getAsJsonArray("invocations").get(0).getAsJsonObject().get("executionSuccessful").getAsBoolean());
    }

    /** --fail-on takes the word the output prints (waarschuwing) as well as the option's own (warning). */
    @Test
    void failOnTakesTheWordsTheOutputPrints() {
        Path text = ModelOutsideOsgiTest.ROOT.resolve("examples/nijmegen/nijmegen.klantreis"); // one warning
        assertEquals(ExitCodes.FINDINGS, new CommandRunner().run("check", "--lang", "nl", "--fail-on", "waarschuwing", text.toString()));
        assertEquals(0, new CommandRunner().run("check", "--lang", "nl", "--fail-on", "fout", text.toString()));
        assertEquals(ExitCodes.FINDINGS, new CommandRunner().run("check", "--fail-on", "WARNING", text.toString()));
        CommandRunner wrong = new CommandRunner();
        assertEquals(ExitCodes.BAD_INPUT, wrong.run("check", "--lang", "nl", "--fail-on", "erg", text.toString()));
        assertTrue(wrong.err.toString().startsWith("klantreis: 'erg' is geen waarde voor --fail-on: kies uit info, warning, error."),
                wrong.err.toString());
    }

    /** A text file's findings come in the order of its lines, as a reader goes through it. */
    @Test
    void findingsOfATextComeInTheOrderOfItsLines() {
        klantreis.run("check", "--lang", "en", ModelOutsideOsgiTest.ROOT.resolve("examples/weert/weert.klantreis").toString());
        List<int[]> places = klantreis.out.toString().lines().filter(line -> line.contains("weert.klantreis:"))
                .map(line -> line.split(":")).map(parts -> new int[] { Integer.parseInt(parts[1]), Integer.parseInt(parts[2]) }).toList();
        assertTrue(places.size() > 2, klantreis.out.toString());
        for (int i = 1; i < places.size(); i++) {
            int[] before = places.get(i - 1);
            int[] now = places.get(i);
            assertTrue(before[0] < now[0] || before[0] == now[0] && before[1] <= now[1], klantreis.out.toString());
        }
    }

    /** Every command answers --version, as its help says; a language Klantreis does not speak is a usage error. */
    @Test
    void everyCommandAnswersVersionAndLangTakesNlOrEn() {
        CommandRunner version = new CommandRunner();
        assertEquals(0, version.run("check", "-V"));
        assertTrue(version.out.toString().startsWith("klantreis "), version.out.toString());
        CommandRunner german = new CommandRunner();
        assertEquals(ExitCodes.BAD_INPUT, german.run("--lang", "de", "check", EXAMPLE.toString()));
        assertTrue(german.err.toString().startsWith("klantreis: 'de' is not a value for --lang: choose one of nl, en."), german.err.toString());
    }

    @Test
    void missingPathIsAUsageProblem() {
        assertEquals(ExitCodes.BAD_INPUT, klantreis.run("check", temp.resolve("nergens.xmi").toString()));
        assertTrue(klantreis.err.toString().contains("nergens.xmi"), klantreis.err.toString());
    }

    @Test
    void foldersAreSearchedForModels() {
        assertEquals(ExitCodes.FINDINGS, klantreis.run("check", ModelOutsideOsgiTest.ROOT.resolve("examples").toString()));
        assertTrue(klantreis.out.toString().contains("loon-op-zand.klantreis"), klantreis.out.toString());
        assertTrue(klantreis.out.toString().contains("weert.klantreis"), klantreis.out.toString());
    }

    private Path write(String name, String content) {
        try {
            return Files.writeString(temp.resolve(name), content);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
