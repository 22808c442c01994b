/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import nl.klantreis.dsl.KlantreisStandaloneSetup;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.io.KlantreisResources;
import nl.klantreis.rules.Findings;
import nl.klantreis.rules.IssueCodes;
import nl.klantreis.rules.Labels;
import nl.klantreis.rules.Severity;

/**
 * The one way every command reads models: the files named (folders searched), the other
 * .klantreis files of their folders (a text refers to a catalogue beside it by qualified name,
 * {@code at keten.ggd}, as in the language server), and every file a model refers to (an XMI's
 * references into a catalogue), all in one resource set. However the files are named, a model
 * has the same references resolved, or the command says which reference could not be resolved
 * and why, and stops (exit 2): a model that lost its catalogue is never checked as if it were
 * complete.
 * <p>
 * Problems are kept by the file they are in: a broken catalogue is reported at its own lines,
 * first, and the journey that refers to it gets one line that says so.
 */
final class ModelSet {

    static final String TEXT_EXTENSION = "klantreis";

    /** The notation's set-up per language, made once per run and language (it registers the language with EMF). */
    private static final Map<Locale, Injector> INJECTORS = new HashMap<>();

    private final Texts texts;
    private final XtextResourceSet resourceSet;
    /** The files named, in a stable order. */
    private final List<Path> files;
    /** Why a file could not be read at all (encoding, I/O, XML), by its URI; for any file of the set. */
    private final Map<URI, List<String>> unreadable = new HashMap<>();
    /**
     * What kept each file from being read by itself, once it and what it refers to are loaded: asked
     * for every file of the set whenever a reference does not resolve.
     */
    private final Map<URI, List<String>> ownProblems = new HashMap<>();
    /** What keeps files from being used, by the file each problem is in: referenced files first. */
    private final Map<Path, List<String>> problems = new LinkedHashMap<>();
    /**
     * The files named and those beside them: references reach them by model id, so two of them
     * with one id are ambiguous. A file an XMI refers to by its path is not among them.
     */
    private final List<Resource> readByName = new ArrayList<>();
    /** The files that others refer to and that cannot be read, as they are shown. */
    private final Set<Path> brokenFiles = new LinkedHashSet<>();

    /** Files that are not read as neighbours of the files named: they belong to another set (compare's other side). */
    private final Set<Path> apart;

    private ModelSet(List<Path> files, Collection<Path> apart, Texts texts) {
        this.files = files;
        this.apart = new LinkedHashSet<>();
        apart.forEach(file -> this.apart.add(file.toAbsolutePath().normalize()));
        this.texts = texts;
        this.resourceSet = KlantreisResources.configure(new TextLoadingResourceSet());
        Injector notation = injector(texts.locale());
        notation.injectMembers(resourceSet);
        // this set's text files are read by the notation in the command's language, whichever was set up last
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(TEXT_EXTENSION, notation.getInstance(IResourceFactory.class));
    }

    /**
     * Reads the files and folders named, with everything they refer to. Throws a
     * {@link UserError} when there is no model among them.
     */
    static ModelSet read(List<Path> paths, Texts texts) {
        return read(paths, List.of(), texts);
    }

    /**
     * As {@link #read(List, Texts)}, leaving out of the set the files {@code apart}, which are read
     * as a set of their own: two versions of one file, side by side, declare the same model id.
     */
    static ModelSet read(List<Path> paths, Collection<Path> apart, Texts texts) {
        List<Path> files = ModelFiles.collect(paths, texts);
        if (files.isEmpty()) {
            throw new UserError(texts.get("input.noModels",
                    paths.stream().map(Path::toString).collect(Collectors.joining(", "))));
        }
        ModelSet set = new ModelSet(files, apart, texts);
        set.load();
        return set;
    }

    /**
     * The notation set up with its messages in {@code locale}; the first one made is registered
     * with EMF (and the rules with it), the others serve the sets that ask for their language.
     */
    static synchronized Injector injector(Locale locale) {
        return INJECTORS.computeIfAbsent(locale, asked -> INJECTORS.isEmpty() ? KlantreisStandaloneSetup.doSetup(asked)
                : new KlantreisStandaloneSetup(asked).createInjector());
    }

    static boolean isText(Path file) {
        return file.getFileName().toString().endsWith("." + TEXT_EXTENSION);
    }

    /** The files named, in a stable order. */
    List<Path> files() {
        return files;
    }

    /** Every problem, by the file it is in (files named or referenced), referenced files first. */
    Map<Path, List<String>> problems() {
        return problems;
    }

    /** Whether every file named, and everything it refers to, was read and resolved. */
    boolean readable() {
        return problems.isEmpty();
    }

    /** Whether {@code file}, a file named, can be checked: it and what it refers to were read and resolved. */
    boolean readable(Path file) {
        return !problems.containsKey(file);
    }

    /**
     * Refuses {@code output} when it is one of the files read (named, beside them or referred to),
     * or when it does not end as the kind of file written should ({@code .html}): --force
     * replaces an output, never a model.
     */
    void refuseAsOutput(Path output, String... endings) {
        Path absolute = output.toAbsolutePath().normalize();
        boolean input = resourceSet.getResources().stream()
                .anyMatch(resource -> resource.getURI().isFile() && path(resource.getURI()).equals(absolute));
        if (input) {
            throw new UserError(texts.get("write.isInput", output));
        }
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (endings.length > 0 && java.util.Arrays.stream(endings).noneMatch(name::endsWith)) {
            throw new UserError(texts.get("write.ending", output, String.join(" " + texts.get("write.or") + " ", endings)));
        }
    }

    /** The model of a file named; null when it has none. */
    JourneyModel model(Path file) {
        return KlantreisResources.root(resource(file));
    }

    /** The models of the files named, in their order; empty when any problem was found. */
    List<JourneyModel> models() {
        return readable() ? files.stream().map(this::model).filter(model -> model != null).toList() : List.of();
    }

    /** The models of the files named; a {@link UserError.Unreadable} with every problem when any was found. */
    List<JourneyModel> requireModels() {
        if (!readable()) {
            throw new UserError.Unreadable(problems.entrySet().stream().flatMap(problemsOfFile -> problemsOfFile.getValue().stream()
                    .map(problem -> Finding.unreadable(problemsOfFile.getKey(), problem).line(texts))).toList());
        }
        return models();
    }

    /** The model of the one file named (render, convert, compare); as {@link #requireModels()}. */
    JourneyModel requireModel() {
        List<JourneyModel> models = requireModels();
        if (models.isEmpty()) {
            throw new UserError.Unreadable(List.of(Finding.unreadable(files.get(0), files.get(0) + ": " + texts.get("input.notAModel")).line(texts)));
        }
        return models.get(0);
    }

    private Resource resource(Path file) {
        return resourceSet.getResource(uri(file), false);
    }

    private static URI uri(Path file) {
        return URI.createFileURI(file.toAbsolutePath().normalize().toString());
    }

    private static Path path(URI uri) {
        return Path.of(uri.toFileString());
    }

    /** The file as the user named it, or else its path relative to where the command runs. */
    private Path shown(URI uri) {
        Path absolute = path(uri);
        for (Path file : files) {
            if (file.toAbsolutePath().normalize().equals(absolute)) {
                return file;
            }
        }
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute) : absolute;
    }

    private void load() {
        Set<Path> named = new LinkedHashSet<>();
        files.forEach(file -> named.add(file.toAbsolutePath().normalize()));
        for (Path file : named) {
            resourceSet.createResource(uri(file));
        }
        for (Path folder : named.stream().filter(ModelSet::isText).map(Path::getParent).distinct().toList()) {
            try (Stream<Path> siblings = Files.list(folder)) {
                siblings.filter(ModelSet::isText).filter(Files::isRegularFile).map(Path::normalize).sorted()
                        .filter(sibling -> !named.contains(sibling) && !apart.contains(sibling)).forEach(sibling -> resourceSet.createResource(uri(sibling)));
            } catch (IOException e) {
                // an unlistable folder only means no neighbours: the file itself is still read
            }
        }
        readByName.addAll(resourceSet.getResources());
        for (Resource resource : readByName) {
            loadResource(resource);
        }
        Map<Path, Set<Resource>> referenced = new LinkedHashMap<>();
        for (Path file : files) {
            referenced.put(file, resolve(resource(file)));
        }
        Map<String, List<Resource>> declared = declaredModelIds();
        Map<Path, List<String>> own = new LinkedHashMap<>();
        for (Path file : files) {
            List<String> lines = new ArrayList<>(ownProblems(resource(file)));
            boolean parsed = lines.isEmpty();
            if (parsed && model(file) != null) {
                // first: a reference to the id given twice may fail only because of it
                lines.addAll(ModelFiles.duplicateIds(file, model(file), texts));
            }
            // after a syntax error the parser may have lost what references point to: those errors would mislead
            if (parsed || !(resource(file) instanceof XtextResource)) {
                lines.addAll(unresolved(file, resource(file), referenced.get(file)));
            }
            lines.addAll(modelIds(file, referenced.get(file), declared));
            if (!lines.isEmpty()) {
                own.put(file, lines);
            }
        }
        // a file that others cannot be read because of comes first: "see above" then points up
        own.keySet().stream().filter(brokenFiles::contains).forEach(file -> problems.put(file, own.get(file)));
        own.forEach((file, lines) -> problems.putIfAbsent(file, lines));
    }

    /** Loads a file of the set: text through {@link #readText}, XMI as EMF reads it. */
    private void loadResource(Resource resource) {
        if (resource.isLoaded()) {
            return;
        }
        Path file = path(resource.getURI());
        if (isText(file)) {
            readText(file, resource);
            return;
        }
        try {
            resource.load(resourceSet.getLoadOptions());
        } catch (IOException | RuntimeException e) {
            if (resource.getErrors().isEmpty()) {
                unreadable.put(resource.getURI(), List.of(ModelFiles.loadFailure(shown(resource.getURI()), e, texts)));
            }
        }
    }

    /** Reads a text file: checked for UTF-8, then parsed by Xtext from the same bytes. */
    private void readText(Path file, Resource resource) {
        try {
            byte[] bytes = withoutByteOrderMark(Files.readAllBytes(file));
            if (new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8).stripLeading().startsWith("<")) {
                // an XMI, an SVG or a report saved under a .klantreis name: not the notation at all
                unreadable.put(resource.getURI(), List.of(shown(resource.getURI()) + ":1:1: " + texts.get("input.xmlNotText")));
                return;
            }
            Optional<String> notUtf8 = InputChecks.firstNonUtf8(bytes);
            if (notUtf8.isPresent()) {
                unreadable.put(resource.getURI(), List.of(shown(resource.getURI()) + ":" + notUtf8.get() + ": " + texts.get("input.notUtf8")));
                return;
            }
            resource.load(new ByteArrayInputStream(endWithoutLoneCarriageReturn(bytes)), resourceSet.getLoadOptions());
        } catch (IOException | RuntimeException e) {
            unreadable.put(resource.getURI(), List.of(shown(resource.getURI()) + ": " + texts.get("input.unreadable", e.getMessage())));
        }
    }

    /**
     * Resolves every reference of a file, loading the files they point into, and returns the
     * other resources it refers to (directly or through them).
     */
    private Set<Resource> resolve(Resource start) {
        Set<Resource> seen = new LinkedHashSet<>();
        List<Resource> work = new ArrayList<>(List.of(start));
        while (!work.isEmpty()) {
            Resource resource = work.remove(work.size() - 1);
            if (!seen.add(resource) || !resource.isLoaded()) {
                continue;
            }
            if (resource instanceof XtextResource) {
                EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
            } else {
                EcoreUtil.resolveAll(resource);
            }
            for (EObject target : EcoreUtil.ExternalCrossReferencer.find(resource).keySet()) {
                Resource other = target.eIsProxy() ? null : target.eResource();
                if (other != null && !seen.contains(other)) {
                    work.add(other);
                }
            }
        }
        seen.remove(start);
        return seen;
    }

    /** What kept a file from being read by itself: encoding, XML or syntax, at its place. */
    private List<String> ownProblems(Resource resource) {
        return ownProblems.computeIfAbsent(resource.getURI(), uri -> readProblems(resource));
    }

    private List<String> readProblems(Resource resource) {
        if (unreadable.containsKey(resource.getURI())) {
            return unreadable.get(resource.getURI());
        }
        Path file = shown(resource.getURI());
        List<String> lines = new ArrayList<>();
        for (Resource.Diagnostic error : resource.getErrors()) {
            if (!(error instanceof XtextLinkingDiagnostic)) {
                lines.add(file + ":" + error.getLine() + ":" + error.getColumn() + ": "
                        + (resource instanceof XtextResource ? error.getMessage() : ModelFiles.message(error, texts)));
            }
        }
        if (lines.isEmpty() && resource.isLoaded() && KlantreisResources.root(resource) == null) {
            lines.add(file + ": " + texts.get("input.notAModel"));
        }
        return lines;
    }

    /**
     * The references of a file that did not resolve, or that resolved into a file that cannot be
     * read cleanly (what follows its mistake may be lost). Those that point into a file that
     * cannot be read or does not exist become one line; that file's own problems are reported
     * at its lines.
     */
    private List<String> unresolved(Path file, Resource resource, Set<Resource> referenced) {
        List<String> lines = new ArrayList<>();
        Map<URI, String> brokenTargets = new LinkedHashMap<>();
        for (Resource other : referenced) {
            if (!ownProblems(other).isEmpty()) {
                brokenTargets.put(other.getURI(), file + ":" + firstReferenceInto(resource, other) + ": ");
            }
        }
        if (resource instanceof XtextResource text) {
            for (Resource.Diagnostic error : resource.getErrors()) {
                if (error instanceof XtextLinkingDiagnostic link) {
                    String place = file + ":" + error.getLine() + ":" + error.getColumn() + ": ";
                    Optional<Resource> broken = brokenDeclaring(modelIdOf(text, link));
                    if (broken.isPresent()) {
                        brokenTargets.putIfAbsent(broken.get().getURI(), place);
                    } else {
                        lines.add(place + error.getMessage());
                    }
                }
            }
        } else {
            for (Map.Entry<EObject, Collection<EStructuralFeature.Setting>> proxy : EcoreUtil.UnresolvedProxyCrossReferencer.find(resource).entrySet()) {
                URI target = ((InternalEObject) proxy.getKey()).eProxyURI();
                URI targetFile = target.trimFragment();
                Resource other = resourceSet.getResource(targetFile, false);
                boolean fileBroken = other == null || !other.isLoaded() || !ownProblems(other).isEmpty();
                EObject from = proxy.getValue().iterator().next().getEObject();
                String place = file + ":" + InputChecks.where(from, texts.locale()) + ": ";
                if (targetFile.isFile() && fileBroken) {
                    brokenTargets.putIfAbsent(targetFile, place);
                } else {
                    lines.add(place + texts.get("input.unresolved", Labels.typeAndId(from, texts.locale()),
                            target.fragment(), targetFile.isFile() ? shown(targetFile) : targetFile));
                }
            }
        }
        brokenTargets.forEach((target, place) -> {
            Resource other = resourceSet.getResource(target, false);
            Path targetFile = shown(target);
            if (other == null || !Files.isRegularFile(path(target))) {
                lines.add(place + texts.get("input.referenceMissing", targetFile));
            } else {
                brokenFiles.add(targetFile);
                if (!files.contains(targetFile)) { // a file named reports its own problems
                    problems.putIfAbsent(targetFile, ownProblems(other));
                }
                lines.add(place + texts.get("input.referenceBroken", targetFile));
            }
        });
        return lines;
    }

    /** Where a file first refers to an element of {@code other}: the place a line about {@code other} is put. */
    private String firstReferenceInto(Resource resource, Resource other) {
        for (java.util.Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            EObject element = all.next();
            for (EObject target : element.eCrossReferences()) {
                if (target.eResource() == other) {
                    return InputChecks.where(element, texts.locale());
                }
            }
        }
        return "-";
    }

    /** The model id a qualified reference looks in ({@code keten} of {@code keten.ggd}), or null. */
    private static String modelIdOf(XtextResource resource, XtextLinkingDiagnostic link) {
        String text = resource.getParseResult().getRootNode().getText();
        int end = Math.min(text.length(), link.getOffset() + link.getLength());
        String name = text.substring(Math.min(link.getOffset(), end), end).strip();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : null;
    }

    /**
     * A file of the set that declares the model {@code id} and cannot be read; or, when no file
     * declares it, a file beside it that cannot be read so far as to say its model's id, the one
     * named after the model first ({@code keten.klantreis} for {@code keten}).
     */
    private Optional<Resource> brokenDeclaring(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<Resource> declaring = resourceSet.getResources().stream()
                .filter(other -> KlantreisResources.root(other) != null && id.equals(KlantreisResources.root(other).getId()))
                .filter(other -> !ownProblems(other).isEmpty()).findFirst();
        if (declaring.isPresent()) {
            return declaring;
        }
        List<Resource> withoutId = readByName.stream().filter(other -> !ownProblems(other).isEmpty())
                .filter(other -> KlantreisResources.root(other) == null || KlantreisResources.root(other).getId() == null).toList();
        return withoutId.stream().filter(other -> other.getURI().lastSegment().equals(id + "." + TEXT_EXTENSION)).findFirst()
                .or(() -> withoutId.stream().findFirst());
    }

    /**
     * One model id, one file: a file whose model id another file of the set declares too, or
     * that refers to a model declared twice, cannot be read unambiguously (which one a
     * reference reaches would depend on the files' names).
     */
    private List<String> modelIds(Path file, Set<Resource> referenced, Map<String, List<Resource>> declared) {
        List<String> lines = new ArrayList<>();
        Resource own = resource(file);
        JourneyModel model = model(file);
        if (model != null && model.getId() != null) {
            for (Resource other : declared.get(model.getId())) {
                if (other != own) {
                    lines.add(file + ":" + InputChecks.where(model, texts.locale()) + ": "
                            + texts.get("input.sameModelId", model.getId(), shown(other.getURI())));
                }
            }
        }
        // an XMI refers to a file by its path, never ambiguously; a text refers by model id through the folder
        for (Resource target : own instanceof XtextResource ? referenced : Set.<Resource>of()) {
            JourneyModel root = KlantreisResources.root(target);
            if (root != null && root.getId() != null && declared.getOrDefault(root.getId(), List.of()).size() > 1) {
                lines.add(file + ": " + texts.get("input.referencedModelTwice", root.getId(), declared.get(root.getId()).stream()
                        .map(resource -> shown(resource.getURI()).toString()).collect(Collectors.joining(", "))));
            }
        }
        return lines;
    }

    /** The files read by name that declare each model id. */
    private Map<String, List<Resource>> declaredModelIds() {
        Map<String, List<Resource>> declared = new HashMap<>();
        for (Resource resource : readByName) {
            JourneyModel root = KlantreisResources.root(resource);
            if (root != null && root.getId() != null) {
                declared.computeIfAbsent(root.getId(), id -> new ArrayList<>()).add(resource);
            }
        }
        return declared;
    }

    /**
     * The rules' findings of a readable file named: in a text file with line and column (the
     * notation's validator), in XMI at the element (EMF's Diagnostician); the same rules, the
     * same codes ({@link IssueCodes}).
     */
    List<Finding> check(Path file) {
        Resource resource = resource(file);
        if (!(resource instanceof XtextResource text)) {
            return findings(model(file)).stream().map(finding -> Finding.on(file, element(finding), Severity.of(finding),
                    IssueCodes.of(finding), finding.getMessage())).toList();
        }
        List<Finding> findings = new ArrayList<>();
        for (Issue issue : text.getResourceServiceProvider().getResourceValidator()
                .validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
            if (!issue.isSyntaxError()) {
                findings.add(Finding.at(file, issue.getLineNumber(), issue.getColumn(), severity(issue.getSeverity()),
                        IssueCodes.isKlantreis(issue.getCode()) ? issue.getCode() : IssueCodes.MODEL, issue.getMessage()));
            }
        }
        // in the order of the text, as a reader goes through it (the validator reports rule by rule)
        findings.sort(Comparator.comparingInt((Finding finding) -> finding.line()).thenComparingInt(Finding::column));
        return findings;
    }

    /** Every finding of a model read: EMF's structural checks and the rule catalogue, in the command's language. */
    List<Diagnostic> findings(JourneyModel model) {
        return Findings.of(model, texts.locale());
    }

    /** Where a finding is: the element's class and id, for example {@code Touchpoint 'intake'}. */
    private String element(Diagnostic finding) {
        EObject element = Findings.element(finding);
        return element == null ? "-" : Labels.typeAndId(element, texts.locale());
    }

    /**
     * The model written in the notation, its references into the set's other files by
     * qualified name ({@code keten.ggd}): it is serialized among them.
     */
    String asText(JourneyModel model, Path output) throws IOException {
        Resource resource = resourceSet.createResource(URI.createFileURI(output.toAbsolutePath().normalize() + ".converting." + TEXT_EXTENSION));
        try {
            resource.getContents().add(model);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            resource.save(out, SaveOptions.newBuilder().format().getOptions().toOptionsMap());
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            resource.getContents().clear();
            resourceSet.getResources().remove(resource);
        }
    }

    /** How many comments a text file named holds: the model keeps none of them, so a conversion drops them. */
    int comments(Path file) {
        if (!(resource(file) instanceof XtextResource text) || text.getParseResult() == null) {
            return 0;
        }
        int comments = 0;
        for (ILeafNode leaf : text.getParseResult().getRootNode().getLeafNodes()) {
            if (leaf.isHidden() && leaf.getGrammarElement() instanceof TerminalRule rule && rule.getName().endsWith("COMMENT")) {
                comments++;
            }
        }
        return comments;
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

    private static Severity severity(org.eclipse.xtext.diagnostics.Severity severity) {
        return switch (severity) {
            case ERROR -> Severity.error;
            case WARNING -> Severity.warning;
            default -> Severity.info;
        };
    }

    /**
     * Xtext's resource set, in which a text file that a reference reaches (an XMI's reference
     * into a catalogue) is read as the files named are: checked for UTF-8 first.
     */
    private final class TextLoadingResourceSet extends XtextResourceSet {
        @Override
        protected void demandLoad(Resource resource) throws IOException {
            loadResource(resource);
        }
    }
}
