/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.conversion;

import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Values of the notation's datatype rules: ids with hyphens ({@code brede-intake}), their
 * dotted qualified names, signed emotions ({@code +1}, {@code -2}) and {@code on}/{@code off}.
 * An id that cannot be written in the notation (a space, a dot, a keyword) is refused with a
 * message, instead of producing text that does not parse back. One per injector, as Xtext's own
 * is: made per resource, it walked the whole grammar for its keywords for every file read.
 */
@Singleton
public class KlantreisValueConverters extends DefaultTerminalConverters {

    /** As the ID terminal lexes them: a letter or '_' first, single '-' between parts. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]\\w*(-\\w+)*");

    private Set<String> keywords;

    @Inject
    private KlantreisStringConverter strings;

    /** Strings with no needless escapes ("Amina's gezin"). */
    @Override
    @ValueConverter(rule = "STRING")
    public IValueConverter<String> STRING() {
        return strings;
    }

    @Override
    @Inject
    public void setGrammar(IGrammarAccess grammarAccess) {
        super.setGrammar(grammarAccess);
        keywords = GrammarUtil.getAllKeywords(grammarAccess.getGrammar());
    }

    /** Ids as written: no '^' escape as in Xtext's default, since the notation has none. */
    @Override
    @ValueConverter(rule = "ID")
    public IValueConverter<String> ID() {
        return new AbstractNullSafeConverter<>() {
            @Override
            protected String internalToValue(String string, INode node) {
                return string;
            }

            @Override
            protected String internalToString(String value) {
                checkIdentifier(value);
                return value;
            }
        };
    }

    @ValueConverter(rule = "QualifiedName")
    public IValueConverter<String> qualifiedName() {
        return new AbstractNullSafeConverter<>() {
            @Override
            protected String internalToValue(String string, INode node) {
                return string;
            }

            @Override
            protected String internalToString(String value) {
                for (String segment : value.split("\\.", -1)) {
                    checkIdentifier(segment);
                }
                return value;
            }
        };
    }

    @ValueConverter(rule = "Emotion")
    public IValueConverter<Integer> emotion() {
        return new AbstractNullSafeConverter<>() {
            @Override
            protected Integer internalToValue(String string, INode node) {
                try {
                    return Integer.valueOf(string.startsWith("+") ? string.substring(1) : string);
                } catch (NumberFormatException e) {
                    throw new ValueConverterException("'" + string + "' is not a whole number", node, e);
                }
            }

            @Override
            protected String internalToString(Integer value) {
                return value > 0 ? "+" + value : value.toString();
            }
        };
    }

    @ValueConverter(rule = "OnOff")
    public IValueConverter<Boolean> onOff() {
        return new AbstractNullSafeConverter<>() {
            @Override
            protected Boolean internalToValue(String string, INode node) {
                return "on".equals(string);
            }

            @Override
            protected String internalToString(Boolean value) {
                return value ? "on" : "off";
            }
        };
    }

    private void checkIdentifier(String value) {
        if (!IDENTIFIER.matcher(value).matches()) {
            throw new ValueConverterException("The id '" + value
                    + "' cannot be written as text: use letters, digits, '_' and single '-' between them.", null, null);
        }
        if (keywords.contains(value)) {
            throw new ValueConverterException("The id '" + value + "' is a keyword of the notation; choose another id.",
                    null, null);
        }
    }
}
