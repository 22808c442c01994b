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
import org.eclipse.xtext.ide.server.ServerModule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Guice;

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
                  }
                }
              }
            }
            """;

    @TempDir
    Path workspace;

    private final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    private LanguageServer server;
    private String uri;

    @BeforeEach
    @SuppressWarnings("deprecation")
    void start() throws Exception {
        LanguageServerImpl implementation = Guice.createInjector(new ServerModule()).getInstance(LanguageServerImpl.class);
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
        server.initialize(initialize).get(60, TimeUnit.SECONDS);
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
        assertEquals(6, interpreter.getRange().getStart().getLine());
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

    @Test
    void hoverOnAReferenceNamesTheOrganisation() throws Exception {
        Hover hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(6, 26)))
                .get(30, TimeUnit.SECONDS);
        assertTrue(hover.getContents().getRight().getValue().contains("Balie van de gemeente"), hover.toString());
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
        String edited = fix.getEdit().getChanges().get(uri).stream().map(TextEdit::getNewText).reduce("", String::concat);
        assertTrue(edited.contains("interpreter PROFESSIONAL"), edited);
    }

    private Diagnostic interpreterDiagnostic() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            PublishDiagnosticsParams published = diagnostics.poll(1, TimeUnit.SECONDS);
            if (published != null && published.getUri().equals(uri)) {
                for (Diagnostic diagnostic : published.getDiagnostics()) {
                    if (diagnostic.getCode() != null && "KR-INTERPRETER-01".equals(diagnostic.getCode().getLeft())) {
                        return diagnostic;
                    }
                }
            }
        }
        throw new AssertionError("no KR-INTERPRETER-01 diagnostic for " + uri);
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
