/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import nl.klantreis.model.DutchLevel;
import nl.klantreis.model.LifeDomain;

/**
 * A threshold of a rule, with its default. The reason for the default is in the rule
 * messages under {@code <rule id>.parameter.<key>}.
 */
public record ParameterDescriptor(String key, Type type, String defaultValue) {

    /** The kinds of values a parameter takes, and how they are written in a rule setting. */
    public enum Type {
        /** A whole number, for example minutes: {@code 60}. */
        WHOLE_NUMBER,
        /** A share between 0 and 1: {@code 0.5}. */
        SHARE,
        /** A CEFR level: {@code B1}. */
        DUTCH_LEVEL,
        /** Life domains separated by spaces: {@code INCOME WORK HOUSING}. */
        LIFE_DOMAINS;

        /**
         * Parses a value of this type.
         *
         * @throws IllegalArgumentException with a message that says what is expected
         */
        public Object parse(String value) {
            String trimmed = value.trim();
            try {
                return switch (this) {
                    case WHOLE_NUMBER -> requireNonNegative(Integer.parseInt(trimmed), value);
                    case SHARE -> requireShare(Double.parseDouble(trimmed), value);
                    case DUTCH_LEVEL -> DutchLevel.valueOf(trimmed.toUpperCase(Locale.ROOT));
                    case LIFE_DOMAINS -> lifeDomains(trimmed);
                };
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + value + "' is not a valid " + this, e);
            }
        }

        /** What a value of this type looks like, in the language of {@code messages}. */
        public String expected(RuleMessages messages) {
            return messages.format("type." + name(), EnumSet.allOf(LifeDomain.class));
        }

        private static int requireNonNegative(int number, String value) {
            if (number < 0) {
                throw new IllegalArgumentException(value);
            }
            return number;
        }

        private static double requireShare(double share, String value) {
            if (share < 0 || share > 1) {
                throw new IllegalArgumentException(value);
            }
            return share;
        }

        private static Set<LifeDomain> lifeDomains(String value) {
            Set<LifeDomain> domains = EnumSet.noneOf(LifeDomain.class);
            for (String name : value.split("\\s+")) {
                domains.add(LifeDomain.valueOf(name.toUpperCase(Locale.ROOT)));
            }
            return domains;
        }
    }
}
