/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's first hour with the command line: a journey whose catalogue of organisations
 * and personas is a file of its own, several files and folders in one report, and the small
 * things a user trips over.
 */
class FirstHourTest {

    private static final String CATALOGUE = """
            model keten "Ketenpartners" {
              organisation ggd "GGD" { kind PUBLIC_HEALTH caseload 5 }
              persona amina "Amina" { dutch A2 }
            }
            """;
    private static final String JOURNEY = """
            model reizen "Reizen" {
              journey zorg "Naar de GGD" for keten.amina {
                triggered by ILLNESS
                phase fase "Eerste contact" {
                  touchpoint spreekuur "Spreekuur" at keten.ggd { purpose INTAKE duration 60 minutes interpreter PROFESSIONAL }
                }
              }
            }
            """;

    @TempDir
    Path folder;

    private final CommandRunner klantreis = new CommandRunner();
    private Path journey;

    @BeforeEach
    void journeyAndItsCatalogue() throws IOException {
        Files.writeString(folder.resolve("keten.klantreis"), CATALOGUE);
        journey = Files.writeString(folder.resolve("reis.klantreis"), JOURNEY);
    }

    @Test
    void everyCommandReadsAJourneyWithTheCatalogueBesideIt() {
        assertTrue(klantreis.run("check", journey.toString()) < ExitCodes.BAD_INPUT, klantreis.err.toString());
        assertEquals(0, klantreis.run("report", journey.toString(), "-o", folder.resolve("r.html").toString()), klantreis.err.toString());
        assertEquals(0, klantreis.run("render", journey.toString(), "-o", folder.resolve("r.svg").toString()), klantreis.err.toString());
        assertEquals(0, klantreis.run("convert", journey.toString(), "-o", folder.resolve("r.xmi").toString()), klantreis.err.toString());
        assertEquals("", klantreis.err.toString());
    }

    @Test
    void reportTakesFilesAndFoldersIntoOneReport() throws IOException {
        Path other = Files.createDirectories(folder.resolve("ander"));
        Files.writeString(other.resolve("tweede.klantreis"), JOURNEY.replace("model reizen", "model tweede")
                .replace("journey zorg \"Naar de GGD\"", "journey werk \"Naar werk\"").replace("keten.", "keten2."));
        Files.writeString(other.resolve("keten2.klantreis"), CATALOGUE.replace("model keten", "model keten2"));
        Path report = folder.resolve("alles.html");
        assertEquals(0, klantreis.run("report", folder.toString(), "-o", report.toString()), klantreis.err.toString());
        String html = Files.readString(report);
        assertTrue(html.contains("Naar de GGD") && html.contains("Naar werk"), "both journeys in one report");
        Path two = folder.resolve("twee.html");
        assertEquals(0, klantreis.run("report", journey.toString(), other.resolve("tweede.klantreis").toString(), "-o",
                two.toString()), klantreis.err.toString());
        assertTrue(Files.readString(two).contains("Naar werk"));
    }

    @Test
    void aReferenceToAModelNoFileDefinesSaysWhatWasLookedForAndWhere() throws IOException {
        Path lost = Files.writeString(folder.resolve("reis.klantreis"), JOURNEY.replace("for keten.amina", "for ketting.amina"));
        assertEquals(ExitCodes.BAD_INPUT, klantreis.run("check", "--lang", "nl", lost.toString()));
        String message = klantreis.err.toString();
        assertTrue(message.contains(lost + ":2:"), message);
        assertTrue(message.contains("'ketting' staat in geen enkel .klantreis-bestand in " + folder.toAbsolutePath()), message);
        assertTrue(message.contains("persona 'ketting.amina'"), message);
        assertFalse(message.contains("Couldn't resolve"), message);
    }

    @Test
    void aFileThatIsNoModelIsNamedOnceWithWhatKlantreisReads() throws IOException {
        Path readme = Files.writeString(folder.resolve("README.md"), "# notes");
        assertEquals(ExitCodes.BAD_INPUT, klantreis.run("check", "--lang", "en", readme.toString()));
        String message = klantreis.err.toString();
        assertEquals(1, message.split(readme.toString(), -1).length - 1, message);
        assertTrue(message.contains(".klantreis") && message.contains(".xmi"), message);
    }

    @Test
    void anUnknownJourneyListsTheJourneys() {
        assertEquals(ExitCodes.BAD_INPUT, klantreis.run("render", journey.toString(), "--journey=nergens", "-o",
                folder.resolve("x.svg").toString()));
        assertTrue(klantreis.err.toString().contains("zorg"), klantreis.err.toString());
    }

    @Test
    void jsonAndSarifCarryTheProblemsOfUnreadableFiles() throws IOException {
        Path broken = Files.writeString(folder.resolve("kapot.klantreis"), "model kapot { organisatie x }\n");
        assertEquals(ExitCodes.BAD_INPUT, klantreis.run("check", "--format", "json", broken.toString()));
        assertTrue(klantreis.out.toString().contains("\"KR-INPUT\""), klantreis.out.toString());
        assertTrue(klantreis.out.toString().contains("\"line\": 1"), klantreis.out.toString());
        CommandRunner sarif = new CommandRunner();
        assertEquals(ExitCodes.BAD_INPUT, sarif.run("check", "--format", "sarif", broken.toString()));
        assertTrue(sarif.out.toString().contains("\"ruleId\": \"KR-INPUT\""), sarif.out.toString());
    }

    @Test
    void convertTakesDashOLikeReportAndRenderAndKeepsTheSecondArgument() throws IOException {
        Path viaOption = folder.resolve("a.xmi");
        Path positional = folder.resolve("b.xmi");
        assertEquals(0, klantreis.run("convert", journey.toString(), "-o", viaOption.toString()), klantreis.err.toString());
        assertEquals(0, klantreis.run("convert", journey.toString(), positional.toString()), klantreis.err.toString());
        assertEquals(Files.readString(viaOption), Files.readString(positional));
        assertEquals(ExitCodes.BAD_INPUT, klantreis.run("convert", journey.toString(), positional.toString(), "-o",
                viaOption.toString()));
    }

    @Test
    void aFileWithAByteOrderMarkIsRead() throws IOException {
        byte[] text = JOURNEY.getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[text.length + 3];
        marked[0] = (byte) 0xef;
        marked[1] = (byte) 0xbb;
        marked[2] = (byte) 0xbf;
        System.arraycopy(text, 0, marked, 3, text.length);
        Files.write(journey, marked);
        assertTrue(klantreis.run("check", journey.toString()) < ExitCodes.BAD_INPUT, klantreis.err.toString());
    }
}
