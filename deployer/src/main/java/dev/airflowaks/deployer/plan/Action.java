package dev.airflowaks.deployer.plan;

/** What apply would do to one object or Azure resource, in the words of {@code terraform plan}. */
public enum Action {
    CREATE("+"),
    UPDATE("~"),
    DELETE("-"),
    /** Present and as desired: apply will not write it. */
    UNCHANGED("="),
    /** Left in place on purpose (destroy without --purge). */
    KEEP("k");

    private final String symbol;

    Action(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean isChange() {
        return this == CREATE || this == UPDATE || this == DELETE;
    }
}
