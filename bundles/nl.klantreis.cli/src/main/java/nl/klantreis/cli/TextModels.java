package nl.klantreis.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import nl.klantreis.dsl.KlantreisStandaloneSetup;
import nl.klantreis.rules.KlantreisRules;
import nl.klantreis.rules.RuleCatalogue;

/**
 * Klantreis files in the textual notation (.klantreis). The files asked for are read together
 * with the other .klantreis files of their folders, in one resource set, so a journey can refer
 * to a catalogue of organisations and personas in a file of its own (as the language server
 * sees the folder of an open file); only the files asked for are checked.
 */
final class TextModels {

    static final String EXTENSION = "klantreis";

    private static Injector injector;

    private final XtextResourceSet resourceSet;
    /** The files asked for. */
    private final Map<Path, XtextResource> resources = new LinkedHashMap<>();
    /** The other .klantreis files of their folders, read only so that references into them resolve. */
    private final Map<Path, XtextResource> neighbours = new LinkedHashMap<>();

    TextModels(List<Path> files) {
        resourceSet = injector().getInstance(XtextResourceSet.class);
        Set<Path> asked = new HashSet<>();
        for (Path file : files) {
            asked.add(file.toAbsolutePath().normalize());
            resources.put(file, resource(file));
        }
        for (Path folder : files.stream().map(file -> file.toAbsolutePath().normalize().getParent()).distinct().toList()) {
            try (Stream<Path> siblings = Files.list(folder)) {
                siblings.filter(TextModels::isText).filter(Files::isRegularFile).sorted()
                        .filter(sibling -> !asked.contains(sibling)).forEach(sibling -> neighbours.put(sibling, resource(sibling)));
            } catch (IOException e) {
                // an unlistable folder only means no neighbours: the file itself is still read
            }
        }
    }

    private XtextResource resource(Path file) {
        return (XtextResource) resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
    }

    /** The notation's set-up, made once per run (it registers the language with EMF). */
    static synchronized Injector injector() {
        if (injector == null) {
            injector = KlantreisStandaloneSetup.doSetup();
        }
        return injector;
    }

    static boolean isText(Path file) {
        return file.getFileName().toString().endsWith("." + EXTENSION);
    }

    /**
     * Loads every file; returns the files asked for that could not be read, with why
     * ("file:line:column: ..."). A neighbour that cannot be read is passed over: a reference into
     * it then says what it could not find.
     */
    Map<Path, String> load(Texts texts) {
        Map<Path, String> unreadable = new LinkedHashMap<>();
        neighbours.forEach((file, resource) -> read(file, resource, texts, new LinkedHashMap<>()));
        resources.forEach((file, resource) -> read(file, resource, texts, unreadable));
        return unreadable;
    }

    private void read(Path file, XtextResource resource, Texts texts, Map<Path, String> unreadable) {
        try {
            // Read once: checked for UTF-8 here, then parsed by Xtext from the same bytes.
            byte[] bytes = withoutByteOrderMark(Files.readAllBytes(file));
            Optional<String> notUtf8 = InputChecks.firstNonUtf8(bytes);
            if (notUtf8.isPresent()) {
                unreadable.put(file, file + ":" + notUtf8.get() + ": " + texts.get("input.notUtf8"));
                return;
            }
            resource.load(new ByteArrayInputStream(endWithoutLoneCarriageReturn(bytes)), resourceSet.getLoadOptions());
        } catch (IOException | RuntimeException e) {
            unreadable.put(file, file + ": " + texts.get("input.unreadable", e.getMessage()));
        }
    }

    /** The bytes without the UTF-8 byte-order mark that Windows editors put in front: it is no part of the text. */
    private static byte[] withoutByteOrderMark(byte[] bytes) {
        boolean marked = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
        return marked ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
    }

    /**
     * The bytes, with CRLF in place of a lone CR at the very end: Xtext 2.42 cannot place an
     * error in such a text (an index out of range in its node model) and loses every issue
     * of the file, which would then pass as clean. Positions before the end do not change.
     */
    private static byte[] endWithoutLoneCarriageReturn(byte[] bytes) {
        if (bytes.length == 0 || bytes[bytes.length - 1] != '\r') {
            return bytes;
        }
        byte[] ended = Arrays.copyOf(bytes, bytes.length + 1);
        ended[bytes.length] = '\n';
        return ended;
    }

    /**
     * The issues of one file: syntax and linking errors (which make the file unreadable) and
     * the rules' findings, each with line and column.
     */
    List<Finding> check(Path file, List<String> unreadable, Texts texts) {
        Resource resource = resources.get(file);
        List<Finding> findings = new ArrayList<>();
        for (Issue issue : ((XtextResource) resource).getResourceServiceProvider().getResourceValidator()
                .validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
            String location = issue.getLineNumber() + ":" + issue.getColumn();
            if (issue.isSyntaxError() || isLinkingError(issue)) {
                unreadable.add(file + ":" + location + ": " + issue.getMessage());
            } else {
                findings.add(Finding.at(file, issue.getLineNumber(), issue.getColumn(), level(issue.getSeverity()),
                        isRuleOrSetting(issue.getCode()) ? issue.getCode() : Finding.MODEL,
                        issue.getMessage()));
            }
        }
        if (unreadable.isEmpty() && root(file) != null) {
            unreadable.addAll(ModelFiles.duplicateIds(file, root(file), texts));
        }
        return findings;
    }

    /**
     * The problems that make one file unreadable (syntax and linking errors, duplicate ids), as
     * {@link #check} says them, without running the rules: for the commands that check the models
     * they read themselves (report, compare) or do not check them (render, convert).
     */
    void readable(Path file, List<String> unreadable, Texts texts) {
        Resource resource = resources.get(file);
        EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
        for (Resource.Diagnostic error : resource.getErrors()) {
            unreadable.add(file + ":" + error.getLine() + ":" + error.getColumn() + ": " + error.getMessage());
        }
        if (unreadable.isEmpty() && root(file) != null) {
            unreadable.addAll(ModelFiles.duplicateIds(file, root(file), texts));
        }
    }

    /** The root element of a loaded file. */
    EObject root(Path file) {
        Resource resource = resources.get(file);
        return resource.getContents().isEmpty() ? null : resource.getContents().get(0);
    }

    /** A rule's id (Klantreis's own or an extension's) or KR-SETTING; otherwise the issue is EMF's or Xtext's own. */
    private static boolean isRuleOrSetting(String code) {
        return code != null && (code.startsWith(RuleCatalogue.KLANTREIS_NAMESPACE) || KlantreisRules.catalogue().descriptor(code).isPresent());
    }

    private static boolean isLinkingError(Issue issue) {
        return issue.getCode() != null && issue.getCode().startsWith("org.eclipse.xtext.diagnostics.Diagnostic.Linking");
    }

    private static CheckCommand.Level level(Severity severity) {
        return switch (severity) {
            case ERROR -> CheckCommand.Level.error;
            case WARNING -> CheckCommand.Level.warning;
            default -> CheckCommand.Level.info;
        };
    }
}
