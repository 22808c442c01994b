package nl.klantreis.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.io.KlantreisResources;

/**
 * The one way `report`, `render` and `convert` read models (and `check`, through the same
 * {@link TextModels} and {@link ModelFiles}): the files and folders named, each .klantreis file
 * together with the other .klantreis files of its folder, each .xmi file on its own.
 */
final class ModelReader {

    private ModelReader() {
    }

    /** The models read from {@code paths}, in the order of their files; empty with problems when any file cannot be read. */
    static List<JourneyModel> read(List<Path> paths, Texts texts, List<String> problems) {
        List<Path> files = ModelFiles.collect(paths, texts);
        if (files.isEmpty()) {
            problems.add(texts.get("input.noModels", paths.get(0)));
            return List.of();
        }
        List<Path> textFiles = files.stream().filter(TextModels::isText).toList();
        TextModels text = textFiles.isEmpty() ? null : new TextModels(textFiles);
        Map<Path, String> unreadable = text == null ? Map.of() : text.load(texts);
        List<JourneyModel> models = new ArrayList<>();
        for (Path file : files) {
            if (unreadable.containsKey(file)) {
                problems.add(unreadable.get(file));
            } else if (TextModels.isText(file)) {
                text.readable(file, problems, texts);
                EObject root = text.root(file);
                if (root instanceof JourneyModel model) {
                    models.add(model);
                }
            } else {
                ModelFiles.Loaded loaded = ModelFiles.load(KlantreisResources.newResourceSet(), file, texts);
                problems.addAll(loaded.problems());
                if (loaded.model() != null) {
                    models.add(loaded.model());
                }
            }
        }
        return problems.isEmpty() ? models : List.of();
    }

    /** The one model of one file (convert, render). */
    static JourneyModel readOne(Path file, Texts texts, List<String> problems) {
        List<JourneyModel> models = read(List.of(file), texts, problems);
        return models.isEmpty() ? null : models.get(0);
    }
}
