/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.ui.labeling;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryLabelProvider;
import org.eclipse.xtext.ui.label.DefaultEObjectLabelProvider;

import com.google.inject.Inject;

/**
 * Labels and icons of the outline and of the editor's hovers and dialogs: those of the model's
 * EMF.Edit item providers ("Contactmoment Brede intake" with the touchpoint's icon), so that the
 * text editor, the model editor and the Sirius palette name and show each element alike.
 */
public class KlantreisLabelProvider extends DefaultEObjectLabelProvider {

    private final AdapterFactoryLabelProvider itemProviders;

    @Inject
    public KlantreisLabelProvider(AdapterFactoryLabelProvider delegate) {
        super(delegate);
        this.itemProviders = delegate;
    }

    /** The type and the name, in the workbench's language (Xtext alone would show the name only). */
    String text(EObject element) {
        return itemProviders.getText(element);
    }
}
