package dev.airflowaks.deployer.plan;

/** What apply would do to one object or Azure resource, in the words of {@code terraform plan}. */
public enum Action {
    CREATE("+"),
    UPDATE("~"),
    DELETE("-"),
    /**
     * Present and as desired except for airflow-aks's own labels/annotations (a cluster built by hand from the
     * guide): apply writes that metadata; not a change for {@code --detailed-exitcode}, unless {@code =strict}.
     */
    ADOPT("a"),
    /** Present and as desired: apply will not write it. */
    UNCHANGED("="),
    /** Left in place on purpose (destroy without --purge). */
    KEEP("k"),
    /** Has no meaning in this profile (the Azure operations of the local profile): nothing is done. */
    NOT_APPLICABLE("/");

    private final String symbol;

    Action(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** How the plan prints it: {@code create}, ..., {@code not applicable}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    public boolean isChange() {
        return this == CREATE || this == UPDATE || this == DELETE;
    }

    /** Whether apply writes the object: every change, and the metadata of an adoption. */
    public boolean writes() {
        return isChange() || this == ADOPT;
    }
}
