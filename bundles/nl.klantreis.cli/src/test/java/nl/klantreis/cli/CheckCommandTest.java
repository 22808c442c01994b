package nl.klantreis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code klantreis check}: findings, exit codes, and clear messages for bad input. */
class CheckCommandTest {

    private static final Path EXAMPLE = ModelOutsideOsgiTest.ROOT.resolve("examples/loon-op-zand/loon-op-zand.xmi");

    @TempDir
    Path temp;

    private final CommandRunner klantreis = new CommandRunner();
    private final StringWriter out = klantreis.out;
    private final StringWriter err = klantreis.err;

    private int run(String... args) {
        return klantreis.run(args);
    }

    @Test
    void exampleGetsItsFindingsAndExitCode() {
        int exit = run("check", "--lang", "en", EXAMPLE.toString());
        String text = out.toString();
        assertTrue(text.contains("Touchpoint 'huisarts-consult': error KR-INTERPRETER-01:"), text);
        assertTrue(text.contains("Handover"), text);
        assertEquals(KlantreisCommand.FINDINGS, exit, text);
    }

    @Test
    void failOnDecidesTheExitCode() {
        Path clean = write("schoon.xmi", """
                <?xml version="1.0" encoding="UTF-8"?>
                <klantreis:JourneyModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:klantreis="https://klantreis.nl/model/1.0" id="leeg">
                  <organisations id="ggd" kind="PUBLIC_HEALTH"/>
                </klantreis:JourneyModel>
                """);
        assertEquals(0, run("check", clean.toString()), out.toString());
        assertEquals(KlantreisCommand.FINDINGS, run("check", "--fail-on", "info", clean.toString()), out.toString());
        assertTrue(out.toString().contains("KR-REACH-01"), out.toString());
    }

    @Test
    void messagesComeInDutch() {
        run("check", "--lang", "nl", EXAMPLE.toString());
        assertTrue(out.toString().contains("fouten"), out.toString());
        assertTrue(out.toString().contains("er is geen tolk"), out.toString());
    }

    @Test
    void malformedXmlIsReportedWithLineAndColumn() {
        Path broken = write("kapot.xmi", "<?xml version=\"1.0\"?>\n<klantreis:JourneyModel xmlns:klantreis=\"https://klantreis.nl/model/1.0\" id=\"x\">\n  <organisations id=\"a\">\n</klantreis:JourneyModel>\n");
        assertEquals(KlantreisCommand.BAD_INPUT, run("check", broken.toString()));
        String message = err.toString();
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
        assertEquals(KlantreisCommand.BAD_INPUT, run("check", dangling.toString()));
        assertTrue(err.toString().contains("verwijzing.xmi:3:"), err.toString());
        assertTrue(err.toString().contains("bestaat-niet"), err.toString());
    }

    @Test
    void doctypeIsRefusedAndNoEntityIsRead() {
        Path secret = write("geheim.txt", "GEHEIM");
        Path hostile = write("xxe.xmi", "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri()
                + "\">]>\n<klantreis:JourneyModel xmlns:klantreis=\"https://klantreis.nl/model/1.0\" id=\"&e;\"/>\n");
        assertEquals(KlantreisCommand.BAD_INPUT, run("check", hostile.toString()));
        assertTrue(err.toString().contains("DOCTYPE"), err.toString());
        assertFalse((out.toString() + err).contains("GEHEIM"));
    }

    @Test
    void jsonListsEveryFindingWithFileAndPlace() {
        Path text = ModelOutsideOsgiTest.ROOT.resolve("examples/nijmegen/nijmegen.klantreis");
        run("check", "--format", "json", "--lang", "en", text.toString());
        com.google.gson.JsonArray findings = com.google.gson.JsonParser.parseString(out.toString()).getAsJsonArray();
        assertEquals(1, findings.size());
        com.google.gson.JsonObject finding = findings.get(0).getAsJsonObject();
        assertEquals("KR-STAFF-01", finding.get("rule").getAsString());
        assertEquals(9, finding.get("line").getAsInt());
        assertEquals("warning", finding.get("severity").getAsString());
    }

    @Test
    void sarifIsAValidLogWithRulesAndResults() {
        run("check", "--format", "sarif", EXAMPLE.toString());
        com.google.gson.JsonObject log = com.google.gson.JsonParser.parseString(out.toString()).getAsJsonObject();
        assertEquals("2.1.0", log.get("version").getAsString());
        com.google.gson.JsonObject run = log.getAsJsonArray("runs").get(0).getAsJsonObject();
        assertEquals("klantreis", run.getAsJsonObject("tool").getAsJsonObject("driver").get("name").getAsString());
        assertEquals(11, run.getAsJsonArray("results").size());
        com.google.gson.JsonObject result = run.getAsJsonArray("results").get(0).getAsJsonObject();
        assertTrue(result.get("ruleId").getAsString().startsWith("KR-"));
        assertTrue(java.util.Set.of("error", "warning", "note").contains(result.get("level").getAsString()));
    }

    @Test
    void missingPathIsAUsageProblem() {
        assertEquals(KlantreisCommand.BAD_INPUT, run("check", temp.resolve("nergens.xmi").toString()));
        assertTrue(err.toString().contains("nergens.xmi"), err.toString());
    }

    @Test
    void foldersAreSearchedForModels() {
        assertEquals(KlantreisCommand.FINDINGS, run("check", ModelOutsideOsgiTest.ROOT.resolve("examples").toString()));
        assertTrue(out.toString().contains("loon-op-zand.xmi"), out.toString());
    }

    private Path write(String name, String content) {
        try {
            return Files.writeString(temp.resolve(name), content);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
