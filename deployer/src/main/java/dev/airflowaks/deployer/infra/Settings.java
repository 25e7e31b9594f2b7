package dev.airflowaks.deployer.infra;

import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares one resource's settings with the article's: settings Azure changes in place become diff lines of an
 * {@code update}; a setting it cannot change in place (a location, a vault's permission model) fails before
 * anything is written, naming the setting, both values and the way out.
 */
final class Settings {

    private final String target;
    private final List<String> diff = new ArrayList<>();
    private final List<String> fixed = new ArrayList<>();

    Settings(String target) {
        this.target = target;
    }

    /** A setting Azure updates in place. */
    Settings mutable(String name, Object actual, Object wanted) {
        if (!Objects.equals(normal(actual), normal(wanted))) {
            diff.add(name + ": " + show(actual) + " -> " + show(wanted));
        }
        return this;
    }

    /** A setting Azure cannot change on an existing resource. */
    Settings immutable(String name, Object actual, Object wanted) {
        if (!Objects.equals(normal(actual), normal(wanted))) {
            fixed.add(name + " is " + show(actual) + " in Azure but the article's setting is " + show(wanted));
        }
        return this;
    }

    Settings lines(List<String> more) {
        diff.addAll(more);
        return this;
    }

    /** The plan's change; throws when a setting cannot change in place. */
    Change change() {
        if (!fixed.isEmpty()) {
            throw new IllegalStateException(target + ": " + String.join("; ", fixed) + ". Azure cannot change this "
                    + "in place: delete the resource (or its resource group) or choose another name, then apply again.");
        }
        return diff.isEmpty() ? Change.of(target, Action.UNCHANGED) : new Change(target, Action.UPDATE, diff);
    }

    private static Object normal(Object v) {
        return v instanceof String s ? s.toLowerCase(java.util.Locale.ROOT).replace(" ", "") : v;
    }

    private static String show(Object v) {
        return v == null ? "(none)" : v instanceof String ? "\"" + v + "\"" : String.valueOf(v);
    }
}
