package dev.airflowaks.guide.world;

import dev.airflowaks.guide.GuideStepId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The one table of facts about the outside world, read from {@code world-facts.yaml} beside this class. The twin
 * (to behave like the world) and the deployer (to cope with it, and to explain its deviations from the guide) read
 * the same rows; tests that pin a real behaviour name the fact they pin.
 */
public final class WorldFacts {

    private static final String RESOURCE = "/dev/airflowaks/guide/world-facts.yaml";

    private final Map<String, WorldFact> facts;
    private final Map<String, RegistryImage> images;
    private final List<Deviation> deviations;

    WorldFacts(Map<String, WorldFact> facts, Map<String, RegistryImage> images, List<Deviation> deviations) {
        this.facts = Map.copyOf(facts);
        this.images = Map.copyOf(images);
        this.deviations = List.copyOf(deviations);
    }

    /**
     * The table shipped with this build: parsed once per process (it is immutable), because a single command asks
     * for it from a dozen places and each parse cost tens of milliseconds of a command that lives seconds.
     */
    public static WorldFacts load() {
        return Bundled.FACTS;
    }

    private static final class Bundled {
        static final WorldFacts FACTS = read();
    }

    private static WorldFacts read() {
        try (InputStream in = WorldFacts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    /** A table read from {@code in}: for tests that pin what one more row changes. */
    public static WorldFacts parse(InputStream in) {
        Map<String, Object> root = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
        Map<String, WorldFact> facts = new LinkedHashMap<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) root.getOrDefault("facts", List.of())) {
            WorldFact fact = new WorldFact(required(row, "id"), required(row, "summary"), date(row),
                    required(row, "source"), (Map<String, Object>) row.getOrDefault("values", Map.of()));
            if (facts.putIfAbsent(fact.id(), fact) != null) {
                throw new IllegalStateException("world-facts.yaml: fact '" + fact.id() + "' is listed twice");
            }
        }
        Map<String, RegistryImage> images = new LinkedHashMap<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) root.getOrDefault("images", List.of())) {
            RegistryImage image = new RegistryImage(required(row, "ref"),
                    Boolean.parseBoolean(required(row, "exists")), date(row), required(row, "source"),
                    String.valueOf(row.getOrDefault("note", "")));
            if (images.putIfAbsent(image.ref(), image) != null) {
                throw new IllegalStateException("world-facts.yaml: image '" + image.ref() + "' is listed twice");
            }
        }
        List<Deviation> deviations = new ArrayList<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) root.getOrDefault("deviations", List.of())) {
            deviations.add(new Deviation(required(row, "id"), GuideStepId.valueOf(required(row, "step")),
                    required(row, "summary"), required(row, "reason"), date(row), required(row, "source"),
                    (Map<String, Object>) row.getOrDefault("values", Map.of())));
        }
        return new WorldFacts(facts, images, deviations);
    }

    /** A fact by id; an unknown id is a programming error and is named. */
    public WorldFact fact(String id) {
        WorldFact fact = facts.get(id);
        if (fact == null) {
            throw new IllegalArgumentException("no world fact '" + id + "' in world-facts.yaml");
        }
        return fact;
    }

    public List<WorldFact> facts() {
        return List.copyOf(facts.values());
    }

    /** The registry row for a fully qualified reference, if the table knows it. */
    public Optional<RegistryImage> image(String ref) {
        return Optional.ofNullable(images.get(ref));
    }

    public List<RegistryImage> images() {
        return List.copyOf(images.values());
    }

    /** Where the deployer departs from the published guide because the world changed, in the table's order. */
    public List<Deviation> deviations() {
        return deviations;
    }

    /** A deviation by id; an unknown id is a programming error and is named. */
    public Deviation deviation(String id) {
        return deviations.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("no deviation '" + id + "' in world-facts.yaml"));
    }

    private static String required(Map<String, Object> row, String key) {
        Object value = row.get(key);
        if (value == null) {
            throw new IllegalStateException("world-facts.yaml: a row lacks '" + key + "': " + row);
        }
        return value.toString();
    }

    private static LocalDate date(Map<String, Object> row) {
        return LocalDate.parse(required(row, "since"));
    }
}
