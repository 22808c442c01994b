/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Guice;

import nl.klantreis.dsl.ide.server.KlantreisLanguageServer;

/**
 * The language server, driven by a real LSP client (LSP4J's launcher) over streams: a file
 * with a missing interpreter gets its diagnostic with the rule id, and completion, hover,
 * formatting and the quick fix answer.
 */
class LanguageServerTest {

    private static final String JOURNEY = """
            model m {
              organisation balie "Balie van de gemeente" { kind CUSTOMER_CONTACT_CENTRE trained staff interpreter budget caseload 3 }
              persona p { dutch A1 }
              journey j for p {
                triggered by ARRIVAL
                phase f {
                  touchpoint loket at balie {
                    channel COUNTER
                    initiated by ORGANISATION
                    purpose INTAKE
                    duration 60 minutes
                    interpreter NONE
                  }
                }
              }
            }
            """;

    @TempDir
    Path workspace;

    private final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    private final java.util.Map<String, List<Diagnostic>> latest = new java.util.HashMap<>();
    private LanguageServer server;
    private org.eclipse.lsp4j.ServerCapabilities capabilities;
    private String uri;

    @BeforeEach
    void start() throws Exception {
        start(java.util.Locale.ENGLISH);
    }

    /** The server as `klantreis lsp --lang` starts it, with the journey open. */
    @SuppressWarnings("deprecation")
    private void start(java.util.Locale language) throws Exception {
        LanguageServerImpl implementation = Guice.createInjector(KlantreisLanguageServer.module(language)).getInstance(LanguageServerImpl.class);
        PipedInputStream serverIn = new PipedInputStream();
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream();
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        Launcher<LanguageClient> serverSide = LSPLauncher.createServerLauncher(implementation, serverIn, serverOut);
        implementation.connect(serverSide.getRemoteProxy());
        serverSide.startListening();
        Launcher<LanguageServer> clientSide = LSPLauncher.createClientLauncher(new Client(), clientIn, clientOut);
        clientSide.startListening();
        server = clientSide.getRemoteProxy();

        Path file = Files.writeString(workspace.resolve("tolk.klantreis"), JOURNEY);
        uri = file.toUri().toString();
        InitializeParams initialize = new InitializeParams();
        initialize.setRootUri(workspace.toUri().toString()); // Xtext's server is single-root
        org.eclipse.lsp4j.TextDocumentClientCapabilities textDocument = new org.eclipse.lsp4j.TextDocumentClientCapabilities();
        textDocument.setRename(new org.eclipse.lsp4j.RenameCapabilities(true, false)); // as editors that ask before renaming
        initialize.setCapabilities(new org.eclipse.lsp4j.ClientCapabilities(null, textDocument, null));
        capabilities = server.initialize(initialize).get(60, TimeUnit.SECONDS).getCapabilities();
        server.initialized(new InitializedParams());
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "klantreis", 1, JOURNEY)));
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown().get(30, TimeUnit.SECONDS);
    }

    @Test
    void missingInterpreterIsADiagnosticWithTheRuleId() throws Exception {
        Diagnostic interpreter = interpreterDiagnostic();
        assertEquals(11, interpreter.getRange().getStart().getLine(), "at the recorded value: interpreter NONE");
        String message = interpreter.getMessage().isLeft() ? interpreter.getMessage().getLeft()
                : interpreter.getMessage().getRight().getValue();
        assertTrue(message.contains("interpreter"), message);
    }

    @Test
    void completionOffersTheChannels() throws Exception {
        CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri), new Position(7, 16));
        Either<List<CompletionItem>, CompletionList> result = server.getTextDocumentService().completion(params)
                .get(30, TimeUnit.SECONDS);
        List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
        assertTrue(items.stream().anyMatch(item -> item.getLabel().equals("HOME_VISIT")), items.toString());
    }

    /** Completion offers whole statements ('initiated by'), each element once by the name to write, and no quoted labels. */
    @Test
    void completionOffersWholeKeywordsAndEachReferenceOnce() throws Exception {
        List<String> statements = labels(new Position(8, 8)); // the line after "channel COUNTER"
        assertTrue(statements.contains("initiated by") && statements.contains("understanding checked"), statements.toString());
        assertFalse(statements.contains("initiated") || statements.contains("understanding"), statements.toString());
        List<String> organisations = labels(new Position(6, 26)); // touchpoint loket at |balie
        assertEquals(1, organisations.stream().filter("balie"::equals).count(), organisations.toString());
        assertTrue(organisations.stream().noneMatch(label -> label.startsWith("\"")), organisations.toString());
        List<CompletionItem> phase = items(new Position(6, 6)); // where a phase's touchpoints go
        CompletionItem template = phase.stream().filter(item -> item.getLabel().equals("touchpoint \u2026")).findFirst().orElseThrow();
        assertEquals(org.eclipse.lsp4j.InsertTextFormat.Snippet, template.getInsertTextFormat());
        String snippet = template.getTextEdit() != null ? template.getTextEdit().getLeft().getNewText() : template.getInsertText();
        assertTrue(snippet.startsWith("touchpoint ${1:id}") && !snippet.contains("COUNTER"), "places to fill in, no value filled in: " + snippet);
        List<String> personas = labels(new Position(3, 16)); // journey j for |p
        assertEquals(List.of("p"), personas.stream().filter(label -> label.endsWith("p")).toList(), "once, in the shortest form: " + personas);
    }

    private List<String> labels(Position at) throws Exception {
        return items(at).stream().map(CompletionItem::getLabel).toList();
    }

    private List<CompletionItem> items(Position at) throws Exception {
        Either<List<CompletionItem>, CompletionList> result = server.getTextDocumentService()
                .completion(new CompletionParams(new TextDocumentIdentifier(uri), at)).get(30, TimeUnit.SECONDS);
        return result.isLeft() ? result.getLeft() : result.getRight().getItems();
    }

    @Test
    void hoverOnAReferenceNamesTheOrganisation() throws Exception {
        Hover hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(6, 26)))
                .get(30, TimeUnit.SECONDS);
        assertTrue(hover.getContents().getRight().getValue().contains("Balie van de gemeente"), hover.toString());
    }

    /** Under --lang nl the hover speaks Dutch, the metamodel's documentation too. */
    @Test
    void hoverSpeaksTheLanguageAskedFor() throws Exception {
        stop();
        start(java.util.Locale.forLanguageTag("nl"));
        Hover hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(7, 10)))
                .get(30, TimeUnit.SECONDS); // channel COUNTER
        String text = hover.getContents().getRight().getValue();
        assertTrue(text.startsWith("**Kanaal**") && text.contains("Het kanaal waarlangs het contact verloopt."), text);
    }

    /** The first word of a statement that declares an element names that element ('handover' is a handover, not its source). */
    @Test
    void hoverOnADeclaringKeywordNamesTheElement() throws Exception {
        Hover hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(6, 8)))
                .get(30, TimeUnit.SECONDS); // touchpoint loket at balie
        String text = hover.getContents().getRight().getValue();
        assertTrue(text.startsWith("**Touchpoint**"), text);
    }

    /** A formatted file gets no edits, also when it starts with a comment (an editor would mark it changed). */
    @Test
    void aFormattedFileThatStartsWithACommentGetsNoEdits() throws Exception {
        String text = "// De reis van p\n" + JOURNEY;
        String file = open("commentaar.klantreis", text);
        String formatted = apply(text, server.getTextDocumentService()
                .formatting(new DocumentFormattingParams(new TextDocumentIdentifier(file), new FormattingOptions(2, true))).get(30, TimeUnit.SECONDS));
        change(file, 2, formatted);
        List<? extends TextEdit> again = server.getTextDocumentService()
                .formatting(new DocumentFormattingParams(new TextDocumentIdentifier(file), new FormattingOptions(2, true))).get(30, TimeUnit.SECONDS);
        assertEquals(List.of(), again, "formatted once:\n" + formatted);
    }

    @Test
    void formattingLaysTheFileOut() throws Exception {
        List<? extends TextEdit> edits = server.getTextDocumentService()
                .formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(2, true)))
                .get(30, TimeUnit.SECONDS);
        assertFalse(edits.isEmpty(), "the one-line organisation is broken over lines");
        assertTrue(edits.stream().anyMatch(edit -> edit.getNewText().contains("\n")), edits.toString());
    }

    @Test
    void quickFixAddsAProfessionalInterpreter() throws Exception {
        Diagnostic interpreter = interpreterDiagnostic();
        CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), interpreter.getRange(),
                new CodeActionContext(List.of(interpreter)));
        List<Either<Command, CodeAction>> actions = server.getTextDocumentService().codeAction(params)
                .get(30, TimeUnit.SECONDS);
        CodeAction fix = actions.stream().filter(Either::isRight).map(Either::getRight).findFirst().orElseThrow();
        assertTrue(fix.getTitle().contains("professional interpreter"), fix.getTitle());
        List<TextEdit> edits = fix.getEdit().getChanges().get(uri);
        assertEquals(1, edits.size(), edits.toString());
        assertEquals("PROFESSIONAL", edits.get(0).getNewText(), "the recorded value is replaced");
        assertEquals(new Range(new Position(11, 20), new Position(11, 24)), edits.get(0).getRange(), "interpreter NONE");
    }

    @Test
    void onlyUserLevelMessagesReachTheEditor() throws Exception {
        String broken = JOURNEY.replace("for p {", "for niemand {").replace("at balie {", "at nergens {");
        String file = open("kapot.klantreis", broken);
        List<String> messages = diagnosticsOf(file, list -> list.size() >= 2).stream().map(LanguageServerTest::text).toList();
        assertTrue(messages.contains("there is no persona 'niemand': correct the name, or add one with that id."), messages.toString());
        assertTrue(messages.contains("there is no organisation 'nergens': correct the name, or add one with that id."), messages.toString());
        assertTrue(messages.stream().noneMatch(message -> message.contains("Impl@") || message.contains("The feature")
                || message.contains("must be set") || message.contains("null")), messages.toString());
    }

    /** The organisation lives in the catalogue: a fix of it is not an edit of the journey (it broke the journey's text). */
    @Test
    void aQuickFixNeverEditsAFileThatDoesNotOwnTheElement() throws Exception {
        open("keten.klantreis", """
                model keten {
                  organisation ggd "GGD" { kind PUBLIC_HEALTH trained staff caseload 3 }
                  persona amina { dutch A1 }
                }
                """);
        String journey = open("reis.klantreis", """
                model reis {
                  journey j for keten.amina {
                    triggered by ARRIVAL
                    phase f {
                      touchpoint spreekuur at keten.ggd { channel CONSULTATION_HOUR purpose ADVICE interpreter PROFESSIONAL understanding checked }
                    }
                  }
                }
                """);
        Diagnostic budget = diagnosticsOf(journey, list -> list.stream().anyMatch(d -> code(d).equals("KR-INTERPRETER-04"))).stream()
                .filter(d -> code(d).equals("KR-INTERPRETER-04")).findFirst().orElseThrow();
        List<Either<Command, CodeAction>> actions = server.getTextDocumentService()
                .codeAction(new CodeActionParams(new TextDocumentIdentifier(journey), budget.getRange(), new CodeActionContext(List.of(budget))))
                .get(30, TimeUnit.SECONDS);
        assertTrue(actions.stream().filter(Either::isRight).map(Either::getRight)
                .noneMatch(action -> action.getEdit() != null && action.getEdit().getChanges() != null
                        && action.getEdit().getChanges().containsKey(journey)),
                "no edit of the journey for the catalogue's organisation: " + actions);
    }

    /** A reference into the catalogue that breaks and is mended there: the journey's error comes and goes with it. */
    @Test
    void anErrorOnAReferenceIntoAnotherFileGoesAwayWhenThatFileIsMended() throws Exception {
        // the journey refers to nothing else in the catalogue: only the name it looked for ties it to that file
        String catalogue = "model keten { organisation ggd { kind PUBLIC_HEALTH trained staff interpreter budget caseload 3 } }\n";
        String keten = open("keten.klantreis", catalogue);
        String journey = open("reis.klantreis", """
                model reis { persona p { dutch B2 } journey j for p { triggered by ARRIVAL phase f { touchpoint t at keten.ggd { channel MEETING } } } }
                """);
        diagnosticsOf(journey, list -> list.stream().noneMatch(d -> text(d).contains("ggd")));
        change(keten, 2, catalogue.replace("organisation ggd", "organisation ggd2"));
        diagnosticsOf(journey, list -> list.stream().anyMatch(d -> text(d).contains("'keten.ggd'")));
        change(keten, 3, catalogue);
        assertTrue(diagnosticsOf(journey, list -> list.stream().noneMatch(d -> text(d).contains("ggd"))).stream()
                .noneMatch(d -> text(d).contains("ggd")), "the error is gone once the catalogue has ggd again");
    }

    private void change(String file, int version, String text) {
        server.getTextDocumentService().didChange(new org.eclipse.lsp4j.DidChangeTextDocumentParams(
                new org.eclipse.lsp4j.VersionedTextDocumentIdentifier(file, version),
                List.of(new org.eclipse.lsp4j.TextDocumentContentChangeEvent(text))));
    }

    /** One model id, one file: the editor says so in both files, naming the other. */
    @Test
    void aModelIdDeclaredInTwoFilesIsAnErrorInBoth() throws Exception {
        String first = open("een.klantreis", "model dubbel { persona p { dutch B2 } }\n");
        String second = open("twee.klantreis", "model dubbel { persona q { dutch B2 } }\n");
        for (String[] pair : new String[][] { { second, "een.klantreis" }, { first, "twee.klantreis" } }) {
            List<String> messages = diagnosticsOf(pair[0], list -> list.stream().anyMatch(d -> text(d).contains("dubbel"))).stream()
                    .map(LanguageServerTest::text).toList();
            assertTrue(messages.contains("the model id 'dubbel' is also declared in " + pair[1]
                    + ". A model id belongs to one file: keep one of them, or give one another id."), messages.toString());
        }
    }

    /** Rename works on ids, where they are declared and where they are used, in every file that uses them. */
    @Test
    void renameChangesAnIdAndEveryReferenceToIt() throws Exception {
        Position declaration = new Position(1, 17); // organisation balie
        org.eclipse.lsp4j.jsonrpc.messages.Either3<Range, org.eclipse.lsp4j.PrepareRenameResult, org.eclipse.lsp4j.PrepareRenameDefaultBehavior> prepared =
                server.getTextDocumentService().prepareRename(new org.eclipse.lsp4j.PrepareRenameParams(new TextDocumentIdentifier(uri), declaration))
                        .get(30, TimeUnit.SECONDS);
        assertTrue(prepared != null, "the id can be renamed");
        for (Position at : List.of(declaration, new Position(6, 26))) { // the id, and 'at balie'
            org.eclipse.lsp4j.WorkspaceEdit edit = server.getTextDocumentService()
                    .rename(new org.eclipse.lsp4j.RenameParams(new TextDocumentIdentifier(uri), at, "loket")).get(30, TimeUnit.SECONDS);
            List<TextEdit> edits = edit.getChanges() != null ? edit.getChanges().get(uri)
                    : edit.getDocumentChanges().get(0).getLeft().getEdits().stream().map(Either::getLeft).toList();
            String renamed = apply(JOURNEY, edits);
            assertTrue(renamed.contains("organisation loket \"Balie van de gemeente\"") && renamed.contains("at loket {"), renamed);
            assertFalse(renamed.contains("balie "), "no reference left behind: " + renamed);
        }
    }

    /** Renaming an organisation of the catalogue renames its qualified references in the journey beside it. */
    @Test
    void renameInTheCatalogueReachesTheJourney() throws Exception {
        String catalogueText = "model keten {\n  organisation ggd { kind PUBLIC_HEALTH }\n}\n";
        String journeyText = "model reis {\n  persona p { dutch B2 }\n  journey j for p {\n    triggered by ARRIVAL\n"
                + "    phase f { touchpoint t at keten.ggd { channel MEETING } }\n  }\n}\n";
        String catalogue = open("keten.klantreis", catalogueText);
        String journey = open("reis.klantreis", journeyText);
        diagnosticsOf(journey, list -> list.stream().noneMatch(d -> text(d).contains("ggd")));
        org.eclipse.lsp4j.WorkspaceEdit edit = server.getTextDocumentService()
                .rename(new org.eclipse.lsp4j.RenameParams(new TextDocumentIdentifier(catalogue), new Position(1, 16), "ggd-brabant"))
                .get(30, TimeUnit.SECONDS);
        java.util.Map<String, List<TextEdit>> changes = new java.util.HashMap<>();
        if (edit.getChanges() != null) {
            changes.putAll(edit.getChanges());
        } else {
            edit.getDocumentChanges().forEach(change -> changes.put(change.getLeft().getTextDocument().getUri(),
                    change.getLeft().getEdits().stream().map(Either::getLeft).toList()));
        }
        assertTrue(apply(catalogueText, changes.get(catalogue)).contains("organisation ggd-brabant {"), changes.toString());
        assertTrue(apply(journeyText, changes.get(journey)).contains("at keten.ggd-brabant {"), changes.toString());
    }

    /** Find references lists the declaration too when the editor asks for it. */
    @Test
    void referencesIncludeTheDeclarationWhenAsked() throws Exception {
        for (Position at : List.of(new Position(6, 26), new Position(1, 17))) { // at a use, and at the id itself
            org.eclipse.lsp4j.ReferenceParams params = new org.eclipse.lsp4j.ReferenceParams(new TextDocumentIdentifier(uri), at,
                    new org.eclipse.lsp4j.ReferenceContext(true));
            List<? extends org.eclipse.lsp4j.Location> found = server.getTextDocumentService().references(params).get(30, TimeUnit.SECONDS);
            List<Integer> lines = found.stream().map(location -> location.getRange().getStart().getLine()).sorted().toList();
            assertEquals(List.of(1, 6), lines, "the declaration (organisation balie) and the use (at balie): " + found);
        }
    }

    /** What the notation has nothing to offer for is not advertised: an editor would ask and get nothing. */
    @Test
    void signatureHelpIsNotAdvertised() {
        assertEquals(null, capabilities.getSignatureHelpProvider());
        assertTrue(capabilities.getCompletionProvider() != null && capabilities.getHoverProvider() != null);
    }

    /** A syntax error has the code the command line gives an unreadable file: one code for one mistake, in both. */
    @Test
    void aSyntaxErrorHasTheCodeOfTheCommandLine() throws Exception {
        String file = open("syntaxis.klantreis", JOURNEY.replace("at balie {", "at balie {{"));
        Diagnostic syntax = diagnosticsOf(file, list -> !list.isEmpty()).get(0);
        assertEquals("KR-INPUT", code(syntax), syntax.toString());
        assertEquals("klantreis", syntax.getSource(), "an editor shows which server speaks");
        assertEquals(org.eclipse.lsp4j.DiagnosticSeverity.Error, syntax.getSeverity());
    }

    @Test
    void theQuickFixForAColdHandoverMakesItWarm() throws Exception {
        String text = """
                model koud {
                  organisation wi "Werk en Inkomen" { kind WORK_AND_INCOME trained staff interpreter budget caseload 3 }
                  organisation ggd "GGD" { kind PUBLIC_HEALTH trained staff interpreter budget caseload 2 }
                  persona p { dutch B2 }
                  journey j for p {
                    triggered by ARRIVAL
                    phase f {
                      touchpoint gesprek at wi { channel COUNTER purpose INFORMATION }
                      touchpoint spreekuur at ggd { channel CONSULTATION_HOUR purpose INFORMATION }
                    }
                    handover gesprek -> spreekuur COLD
                  }
                }
                """;
        String file = open("koud.klantreis", text);
        Diagnostic cold = diagnosticsOf(file, list -> list.stream().anyMatch(d -> code(d).equals("KR-HANDOVER-01"))).stream()
                .filter(d -> code(d).equals("KR-HANDOVER-01")).findFirst().orElseThrow();
        List<Either<Command, CodeAction>> actions = server.getTextDocumentService()
                .codeAction(new CodeActionParams(new TextDocumentIdentifier(file), cold.getRange(), new CodeActionContext(List.of(cold))))
                .get(30, TimeUnit.SECONDS);
        CodeAction fix = actions.stream().filter(Either::isRight).map(Either::getRight).findFirst().orElseThrow();
        assertTrue(fix.getEdit() != null && fix.getEdit().getChanges() != null && fix.getEdit().getChanges().containsKey(file),
                "the fix changes the text: " + fix);
        String fixed = apply(text, fix.getEdit().getChanges().get(file));
        assertTrue(fixed.contains("handover gesprek -> spreekuur WARM"), fixed);
    }

    @Test
    void theQuickFixForAnUntranslatedLetterAddsTranslatedToItsForms() throws Exception {
        String text = """
                model brief {
                  organisation wi "Werk en Inkomen" { kind WORK_AND_INCOME trained staff interpreter budget caseload 3 }
                  persona p { dutch A2 }
                  journey j for p {
                    triggered by ARRIVAL
                    phase f {
                      touchpoint besluit at wi {
                        channel LETTER
                        initiated by ORGANISATION
                        purpose INFORMATION
                        forms WRITTEN, PLAIN_LANGUAGE
                      }
                    }
                  }
                }
                """;
        String file = open("brief.klantreis", text);
        Diagnostic letter = diagnosticsOf(file, list -> list.stream().anyMatch(d -> code(d).equals("KR-WRITTEN-02"))).stream()
                .filter(d -> code(d).equals("KR-WRITTEN-02")).findFirst().orElseThrow();
        List<Either<Command, CodeAction>> actions = server.getTextDocumentService()
                .codeAction(new CodeActionParams(new TextDocumentIdentifier(file), letter.getRange(), new CodeActionContext(List.of(letter))))
                .get(30, TimeUnit.SECONDS);
        CodeAction fix = actions.stream().filter(Either::isRight).map(Either::getRight).findFirst().orElseThrow();
        String fixed = apply(text, fix.getEdit().getChanges().get(file));
        assertTrue(fixed.contains("forms WRITTEN, PLAIN_LANGUAGE, TRANSLATED\n"), fixed);
    }

    @Test
    void hoverExplainsIdsLiteralsAndKeywordsWithTheMetamodelsDocumentation() throws Exception {
        String onKeyword = hoverText(new Position(7, 12)); // channel
        assertTrue(onKeyword.contains("channel") || onKeyword.contains("Channel"), onKeyword);
        String onLiteral = hoverText(new Position(7, 18)); // COUNTER
        assertTrue(onLiteral.contains("Counter") && onLiteral.contains("counter"), "a value, named and explained: " + onLiteral);
        String onId = hoverText(new Position(6, 20)); // loket, the touchpoint's id
        assertTrue(onId.contains("Touchpoint") && onId.contains("loket"), "an id names its element: " + onId);
    }

    @Test
    void completionAfterEmotionOffersTheScale() throws Exception {
        String text = JOURNEY.replace("interpreter NONE\n", "interpreter NONE\n        emotion \n");
        String file = open("emotie.klantreis", text);
        CompletionParams params = new CompletionParams(new TextDocumentIdentifier(file), new Position(12, 16));
        Either<List<CompletionItem>, CompletionList> result = server.getTextDocumentService().completion(params).get(30, TimeUnit.SECONDS);
        List<String> labels = (result.isLeft() ? result.getLeft() : result.getRight().getItems()).stream().map(CompletionItem::getLabel).toList();
        assertTrue(labels.containsAll(List.of("-2", "-1", "0", "+1", "+2")), labels.toString());
    }

    @Test
    void aFormattedFileGetsNoEdits() throws Exception {
        List<? extends TextEdit> edits = server.getTextDocumentService()
                .formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(2, true)))
                .get(30, TimeUnit.SECONDS);
        String formatted = apply(JOURNEY, edits);
        String again = open("opgemaakt.klantreis", formatted);
        List<? extends TextEdit> none = server.getTextDocumentService()
                .formatting(new DocumentFormattingParams(new TextDocumentIdentifier(again), new FormattingOptions(2, true)))
                .get(30, TimeUnit.SECONDS);
        assertEquals(List.of(), none, "formatting a formatted file changes nothing");
    }

    private String hoverText(Position position) throws Exception {
        Hover hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), position))
                .get(30, TimeUnit.SECONDS);
        return hover == null || hover.getContents() == null ? "" : hover.getContents().isRight()
                ? hover.getContents().getRight().getValue() : hover.getContents().getLeft().toString();
    }

    private String open(String name, String text) throws IOException {
        Path file = Files.writeString(workspace.resolve(name), text);
        String fileUri = file.toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(fileUri, "klantreis", 1, text)));
        return fileUri;
    }

    /** The text with the edits applied (they do not overlap; applied from the end). */
    private static String apply(String text, List<? extends TextEdit> edits) {
        List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
        StringBuilder result = new StringBuilder(text);
        List<TextEdit> sorted = new java.util.ArrayList<>(edits);
        sorted.sort((a, b) -> Integer.compare(offset(lines, b.getRange().getStart()), offset(lines, a.getRange().getStart())));
        for (TextEdit edit : sorted) {
            result.replace(offset(lines, edit.getRange().getStart()), offset(lines, edit.getRange().getEnd()), edit.getNewText());
        }
        return result.toString();
    }

    private static int offset(List<String> lines, Position position) {
        int offset = 0;
        for (int line = 0; line < position.getLine(); line++) {
            offset += lines.get(line).length() + 1;
        }
        return offset + position.getCharacter();
    }

    private static String code(Diagnostic diagnostic) {
        return diagnostic.getCode() == null || diagnostic.getCode().getLeft() == null ? "" : diagnostic.getCode().getLeft();
    }

    private static String text(Diagnostic diagnostic) {
        return diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft() : diagnostic.getMessage().getRight().getValue();
    }

    /** The diagnostics published for {@code file} once {@code complete} holds for them. */
    private List<Diagnostic> diagnosticsOf(String file, java.util.function.Predicate<List<Diagnostic>> complete) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            List<Diagnostic> last = latest.getOrDefault(file, List.of());
            if (latest.containsKey(file) && complete.test(last)) {
                return last;
            }
            // every file's newest diagnostics are kept: a file checked again after another one changed is not missed
            PublishDiagnosticsParams published = diagnostics.poll(1, TimeUnit.SECONDS);
            if (published != null) {
                latest.put(published.getUri(), published.getDiagnostics());
            }
        }
        throw new AssertionError("diagnostics for " + file + " never complete: " + latest.get(file));
    }

    private Diagnostic interpreterDiagnostic() throws InterruptedException {
        return diagnosticsOf(uri, list -> list.stream().anyMatch(d -> code(d).equals("KR-INTERPRETER-01"))).stream()
                .filter(d -> code(d).equals("KR-INTERPRETER-01")).findFirst().orElseThrow();
    }

    /** The client side: collects diagnostics, ignores the rest. */
    private final class Client implements LanguageClient {
        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.add(params);
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams message) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }
}
