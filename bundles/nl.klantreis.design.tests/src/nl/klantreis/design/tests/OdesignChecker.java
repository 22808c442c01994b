/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.design.tests;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

import nl.klantreis.model.KlantreisPackage;

/**
 * Checks what the odesign says against the klantreis metamodel and the Java services:
 * domain classes exist, {@code feature:} names a feature of its context class, every service
 * call names a public method of a declared Java extension with the right number of
 * parameters, and only aql:, feature:, var: and service: expressions (or literals) occur.
 * Returns the problems found, one line each.
 */
final class OdesignChecker {

    private static final Set<String> INTERPRETERS = Set.of("aql", "feature", "var", "service");
    private static final Pattern PREFIX = Pattern.compile("^([a-zA-Z]+):");
    private static final Pattern SERVICE = Pattern.compile("^service:(?:(\\w+)\\.)?(\\w+)$");
    private static final Pattern AQL_CALL = Pattern.compile("\\.(\\w+)\\(([^()]*)\\)");
    private static final String PACKAGE_PREFIX = KlantreisPackage.eNAME + "::";

    private final List<String> problems = new ArrayList<>();
    private final List<Class<?>> services = new ArrayList<>();

    private OdesignChecker() {
    }

    static List<String> check(Resource odesign) {
        OdesignChecker checker = new OdesignChecker();
        checker.run(odesign);
        return checker.problems;
    }

    private void run(Resource odesign) {
        for (TreeIterator<EObject> it = odesign.getAllContents(); it.hasNext();) {
            EObject element = it.next();
            if (element.eClass().getName().equals("JavaExtension")) {
                String name = (String) get(element, "qualifiedClassName");
                try {
                    services.add(Class.forName(name));
                } catch (ClassNotFoundException e) {
                    problems.add("Java extension " + name + " does not exist");
                }
            }
        }
        for (TreeIterator<EObject> it = odesign.getAllContents(); it.hasNext();) {
            EObject element = it.next();
            checkUniqueNames(element);
            for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                Object value = element.eGet(attribute);
                if (!(value instanceof String text) || text.isEmpty()) {
                    continue;
                }
                switch (attribute.getEAttributeType().getName()) {
                    case "TypeName" -> checkTypeName(element, text);
                    case "InterpretedExpression" -> checkExpression(element, attribute, text);
                    default -> {
                    }
                }
                if (attribute.getName().equals("featureName") || attribute.getName().equals("referenceName")) {
                    checkFeatureName(element, text);
                }
            }
        }
    }

    /** Within one list (mappings of a layer, tools of a section ...) names are unique: paths refer by name. */
    private void checkUniqueNames(EObject element) {
        for (EReference containment : element.eClass().getEAllContainments()) {
            if (!containment.isMany()) {
                continue;
            }
            Set<Object> names = new java.util.HashSet<>();
            for (Object child : (List<?>) element.eGet(containment)) {
                EStructuralFeature name = ((EObject) child).eClass().getEStructuralFeature("name");
                Object value = name == null ? null : ((EObject) child).eGet(name);
                if (value != null && !names.add(value)) {
                    problems.add(where(element) + "." + containment.getName() + ": the name '" + value + "' is used twice");
                }
            }
        }
    }

    private void checkTypeName(EObject element, String typeName) {
        if (classOf(typeName) == null) {
            problems.add(where(element) + ": " + typeName + " is not a class of klantreis.ecore");
        }
    }

    private void checkExpression(EObject element, EAttribute attribute, String expression) {
        String at = where(element) + "." + attribute.getName() + " = " + expression;
        Matcher prefix = PREFIX.matcher(expression);
        if (expression.contains("[") && expression.contains("/]")) {
            problems.add(at + ": Acceleo expressions are not supported by Sirius 7");
            return;
        }
        if (!prefix.find()) {
            return; // a literal
        }
        String interpreter = prefix.group(1);
        if (!INTERPRETERS.contains(interpreter)) {
            problems.add(at + ": only aql:, feature:, var: and service: are allowed");
            return;
        }
        EClass self = selfType(element, attribute);
        switch (interpreter) {
            case "feature" -> {
                String feature = expression.substring("feature:".length());
                if (self == null) {
                    problems.add(at + ": the context class of this feature: expression cannot be determined");
                } else if (self.getEStructuralFeature(feature) == null) {
                    problems.add(at + ": " + self.getName() + " has no feature " + feature);
                }
            }
            case "service" -> {
                Matcher call = SERVICE.matcher(expression);
                if (!call.matches()) {
                    problems.add(at + ": not of the form service:name or service:variable.name");
                } else {
                    checkService(at, call.group(2), 0, call.group(1) == null ? self : null);
                }
            }
            case "aql" -> {
                Matcher call = AQL_CALL.matcher(expression);
                while (call.find()) {
                    String arguments = call.group(2).trim();
                    checkService(at, call.group(1), arguments.isEmpty() ? 0 : arguments.split(",").length, null);
                }
            }
            default -> {
            }
        }
    }

    /** A service with {@code arguments} arguments besides the element it is called on. */
    private void checkService(String at, String name, int arguments, EClass self) {
        for (Class<?> service : services) {
            for (Method method : service.getMethods()) {
                if (method.getName().equals(name) && Modifier.isPublic(method.getModifiers())
                        && method.getParameterCount() == arguments + 1
                        && (self == null || method.getParameterTypes()[0].isAssignableFrom(self.getInstanceClass()))) {
                    return;
                }
            }
        }
        problems.add(at + ": no public service " + name + " with " + (arguments + 1) + " parameter(s)"
                + (self == null ? "" : " taking a " + self.getName()));
    }

    private void checkFeatureName(EObject element, String feature) {
        EClass self = operationType(element);
        if (self != null && self.getEStructuralFeature(feature) == null) {
            problems.add(where(element) + ": " + self.getName() + " has no feature " + feature);
        } else if (self == null && KlantreisPackage.eINSTANCE.getEClassifiers().stream()
                .noneMatch(c -> c instanceof EClass type && type.getEStructuralFeature(feature) != null)) {
            problems.add(where(element) + ": no klantreis class has a feature " + feature);
        }
    }

    /** The class an expression is evaluated on, where the odesign determines it. */
    private EClass selfType(EObject element, EAttribute attribute) {
        String name = attribute.getName();
        String kind = element.eClass().getName();
        if (name.equals("semanticCandidatesExpression")) {
            return domainClass(element.eContainer());
        }
        if (kind.equals("EdgeMapping") && (name.equals("targetFinderExpression") || name.equals("sourceFinderExpression"))) {
            return Boolean.TRUE.equals(get(element, "useDomainElement")) ? classOf((String) get(element, "domainClass"))
                    : domainClass(first(get(element, "sourceMapping")));
        }
        if (kind.equals("FeatureColumnMapping")) {
            return lineType(element.eContainer());
        }
        if (name.equals("red") || name.equals("green") || name.equals("blue")) {
            return null; // a palette colour: evaluated on whatever element uses it
        }
        return isInTool(element) ? operationType(element) : domainClass(element);
    }

    /** The class of the element a tool operation works on, where its ChangeContext says. */
    private EClass operationType(EObject element) {
        if (element.eClass().getName().equals("FeatureColumnMapping")) {
            return lineType(element.eContainer());
        }
        for (EObject scope = element; scope != null; scope = scope.eContainer()) {
            if (scope != element && scope.eClass().getName().equals("CreateInstance")) {
                return classOf((String) get(scope, "typeName")); // operations nested in it set up the new instance
            }
            if (scope.eClass().getName().equals("ChangeContext")) {
                String browse = (String) get(scope, "browseExpression");
                if ("var:instance".equals(browse)) {
                    return classOf((String) get(ancestor(scope, "CreateInstance"), "typeName"));
                }
                if ("var:source".equals(browse)) {
                    EObject tool = ancestor(scope, "EdgeCreationDescription");
                    EObject edge = first(get(tool, "edgeMappings"));
                    return edge == null ? null : domainClass(first(get(edge, "sourceMapping")));
                }
                return null;
            }
        }
        return null;
    }

    private EClass lineType(EObject table) {
        return domainClass(first(get(table, "ownedLineMappings")));
    }

    /** The first element of a many-valued reference. */
    private static EObject first(Object values) {
        return values instanceof List<?> list && !list.isEmpty() ? (EObject) list.get(0) : null;
    }

    /** The domain class of the nearest element (this one or around it) that has one. */
    private EClass domainClass(EObject element) {
        for (EObject scope = element; scope != null; scope = scope.eContainer()) {
            // Relation-based edges have no domain class of their own: their source mapping's applies.
            if (scope.eClass().getName().equals("EdgeMapping") && !Boolean.TRUE.equals(get(scope, "useDomainElement"))) {
                return domainClass(first(get(scope, "sourceMapping")));
            }
            EStructuralFeature feature = scope.eClass().getEStructuralFeature("domainClass");
            if (feature != null && scope.eGet(feature) instanceof String name && !name.isEmpty()) {
                return classOf(name);
            }
        }
        return null;
    }

    private static boolean isInTool(EObject element) {
        for (EObject scope = element; scope != null; scope = scope.eContainer()) {
            if (scope.eClass().getEAllSuperTypes().stream().anyMatch(t -> t.getName().equals("AbstractToolDescription"))) {
                return true;
            }
        }
        return false;
    }

    private static EObject ancestor(EObject element, String className) {
        for (EObject scope = element; scope != null; scope = scope.eContainer()) {
            if (scope.eClass().getName().equals(className)) {
                return scope;
            }
        }
        throw new IllegalStateException("no " + className + " around " + where(element));
    }

    private static EClass classOf(String typeName) {
        if (typeName == null || !typeName.startsWith(PACKAGE_PREFIX)) {
            return null;
        }
        EClassifier classifier = KlantreisPackage.eINSTANCE.getEClassifier(typeName.substring(PACKAGE_PREFIX.length()));
        return classifier instanceof EClass type ? type : null;
    }

    private static Object get(EObject element, String feature) {
        EStructuralFeature structuralFeature = element.eClass().getEStructuralFeature(feature);
        if (structuralFeature == null) {
            throw new IllegalArgumentException(element.eClass().getName() + " has no " + feature);
        }
        return element.eGet(structuralFeature instanceof EReference reference && !reference.isMany()
                ? reference
                : structuralFeature);
    }

    private static String where(EObject element) {
        EStructuralFeature name = element.eClass().getEStructuralFeature("name");
        Object label = name == null ? null : element.eGet(name);
        return element.eClass().getName() + (label == null ? "" : " '" + label + "'");
    }
}
