package dev.airflowaks.conformance.context;

/** One comparison a check made: what, the guide's value and the cluster's value. Never holds a secret value. */
public record Mismatch(String what, String expected, String actual) {

    @Override
    public String toString() {
        return what + ": expected " + expected + ", actual " + actual;
    }
}
