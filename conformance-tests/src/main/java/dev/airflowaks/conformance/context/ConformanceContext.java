package dev.airflowaks.conformance.context;

import dev.airflowaks.conformance.webui.WebserverAccess;
import dev.airflowaks.conformance.webui.PortForwardWebserver;

import dev.airflowaks.conformance.azure.AzureReader;
import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.conformance.kube.EsoApi;
import dev.airflowaks.deployer.helm.HelmReleaseReader;
import dev.airflowaks.conformance.profile.RunProfile;
import dev.airflowaks.conformance.rootcause.ClusterLinks;
import dev.airflowaks.conformance.rootcause.RootCauseAnalyzer;
import dev.airflowaks.conformance.wait.ReadinessTimeline;
import dev.airflowaks.targets.Capability;
import io.fabric8.kubernetes.client.KubernetesClient;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one conformance run judges with: the cluster, the expectations, Azure (when readable), the target's
 * capabilities and the readiness timeline. One per run, kept in the JUnit root store, never static.
 */
public final class ConformanceContext {

    private final String targetName;
    private final RunProfile profile;
    private final KubernetesClient client;
    private final Expectations expect;
    private final Optional<AzureReader> azure;
    private final Set<Capability> capabilities;
    private final EsoApi eso;
    private final ClusterLinks links;
    private final WebserverAccess webserver;
    private final ReadinessTimeline timeline;
    private final Clock clock;
    private final Optional<String> applyOutcome;
    private final Optional<String> deviations;

    private ConformanceContext(Builder b) {
        this.targetName = b.targetName;
        this.profile = b.profile;
        this.client = b.client;
        this.expect = b.expect;
        this.azure = Optional.ofNullable(b.azure);
        Set<Capability> effective = b.profile.restrict(b.capabilities);
        this.capabilities = effective.isEmpty() ? Set.of() : Set.copyOf(effective);
        this.eso = EsoApi.discover(client);
        this.links = new ClusterLinks(client, expect, eso, azure, profile);
        this.webserver = b.webserver != null ? b.webserver
                : new PortForwardWebserver(client, expect.namespace(), Expectations.WEBSERVER_SERVICE,
                Expectations.WEBSERVER_PORT, b.uiRequestBudget);
        this.timeline = b.timeline;
        this.clock = b.clock;
        this.applyOutcome = Optional.ofNullable(b.applyOutcome).filter(s -> !s.isBlank());
        this.deviations = Optional.ofNullable(b.deviations);
    }

    public static Builder builder(KubernetesClient client, Expectations expect) {
        return new Builder(client, expect);
    }

    public String targetName() {
        return targetName;
    }

    /** The deployment being judged: the guide's, or the local profile's stand-ins. */
    public RunProfile profile() {
        return profile;
    }

    public KubernetesClient client() {
        return client;
    }

    public Expectations expectations() {
        return expect;
    }

    public Optional<AzureReader> azure() {
        return azure;
    }

    /** Azure access for a check that is gated on {@link Capability#AZURE}; absence here is a harness bug. */
    public AzureReader requireAzure() {
        return azure.orElseThrow(() -> new IllegalStateException(
                "Azure is not readable on target " + targetName + "; pass --azure or set AZURE_* variables"));
    }

    public Set<Capability> capabilities() {
        return capabilities;
    }

    public boolean has(Capability capability) {
        return capabilities.contains(capability);
    }

    public EsoApi eso() {
        return eso;
    }

    public ClusterLinks links() {
        return links;
    }

    public RootCauseAnalyzer analyzer() {
        return new RootCauseAnalyzer();
    }

    public HelmReleaseReader helm() {
        return new HelmReleaseReader(client);
    }

    public WebserverAccess webserver() {
        return webserver;
    }

    public ReadinessTimeline timeline() {
        return timeline;
    }

    /** The clock checks judge ages with ("a recent refreshTime"). */
    public Clock clock() {
        return clock;
    }

    /** How the suite's own apply ended when it did not reach the Airflow release; empty otherwise. */
    public Optional<String> applyOutcome() {
        return applyOutcome;
    }

    /** Ids of the deviations from the guide the suite's own apply made (empty: as published); absent: no apply. */
    public Optional<String> deviations() {
        return deviations;
    }

    /**
     * Builds a context; the target name defaults to {@code kubeconfig}, the profile to the guide's, capabilities to
     * none. The capabilities are restricted to what the profile offers ({@link RunProfile#restrict}).
     */
    public static final class Builder {
        private final KubernetesClient client;
        private final Expectations expect;
        private String targetName = "kubeconfig";
        private RunProfile profile = RunProfile.GUIDE;
        private AzureReader azure;
        private Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
        private WebserverAccess webserver;
        private ReadinessTimeline timeline = new ReadinessTimeline();
        private Clock clock = Clock.systemUTC();
        private Duration uiRequestBudget = Duration.ofSeconds(10);
        private String applyOutcome;
        private String deviations;

        private Builder(KubernetesClient client, Expectations expect) {
            this.client = client;
            this.expect = expect;
        }

        public Builder target(String name) {
            this.targetName = name;
            return this;
        }

        public Builder profile(RunProfile p) {
            this.profile = p;
            return this;
        }

        public Builder azure(AzureReader reader) {
            this.azure = reader;
            return this;
        }

        public Builder capabilities(Set<Capability> set) {
            this.capabilities = set.isEmpty() ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(set);
            return this;
        }

        public Builder webserver(WebserverAccess access) {
            this.webserver = access;
            return this;
        }

        public Builder timeline(ReadinessTimeline t) {
            this.timeline = t;
            return this;
        }

        /** How long one UI request through the port-forward may take ({@code conformance.budget.ui-request}). */
        public Builder uiRequestBudget(Duration d) {
            this.uiRequestBudget = d;
            return this;
        }

        /** How the suite's own apply ended, when it stopped before the Airflow release. */
        public Builder applyOutcome(String outcome) {
            this.applyOutcome = outcome;
            return this;
        }

        /** The deviation ids the suite's own apply made ({@link dev.airflowaks.conformance.targeting.TargetStarter#DEVIATIONS}). */
        public Builder deviations(String ids) {
            this.deviations = ids;
            return this;
        }

        public Builder clock(Clock c) {
            this.clock = c;
            return this;
        }

        public ConformanceContext build() {
            return new ConformanceContext(this);
        }
    }
}
