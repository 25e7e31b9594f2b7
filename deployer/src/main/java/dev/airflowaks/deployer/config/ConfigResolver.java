package dev.airflowaks.deployer.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Resolves the settings in the order of kubectl, Helm and Terraform: <b>CLI flags</b> ({@code --set}) first, then
 * the <b>YAML file</b> given with {@code --config}, then the guide's variable names in the <b>environment</b>, then
 * <b>defaults</b>. The first source that has a value wins, so what is typed on the command line is what runs, even
 * in a shell that exported the guide's variables; each value remembers its source for {@link DeployConfig#describe()}.
 *
 * <p>The YAML file is a flat map with the same names ({@code AKS_AIRFLOW_NAMESPACE: airflow}). Unknown names in
 * the file or the flags are reported as problems (a typo must not silently fall back to a default).
 */
public final class ConfigResolver {

    private final Map<String, String> environment;

    /** @param environment usually {@code System.getenv()}; tests pass a map */
    public ConfigResolver(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /**
     * @param configFile optional YAML file ({@code --config})
     * @param flags      values from CLI flags, keyed by variable name
     * @return the validated configuration
     * @throws InvalidConfigException listing every problem at once
     */
    public DeployConfig resolve(Optional<Path> configFile, Map<String, String> flags) {
        List<ConfigProblem> problems = new ArrayList<>();
        Map<String, String> file = configFile.map(p -> readFile(p, problems)).orElse(Map.of());
        String fileSource = configFile.map(p -> "file " + p).orElse("file");
        unknownKeys(file, "--config file", problems);
        unknownKeys(flags, "flag", problems);

        // The profile decides the other keys' defaults, so it is resolved first (an invalid value is reported by
        // the validator; the guide's defaults stand in meanwhile).
        Profile profile = given(ConfigKey.AIRFLOW_AKS_PROFILE, file, fileSource, flags)
                .flatMap(s -> Profile.find(s.value())).orElse(Profile.GUIDE);
        Map<ConfigKey, Setting> settings = new EnumMap<>(ConfigKey.class);
        for (ConfigKey key : ConfigKey.values()) {
            given(key, file, fileSource, flags)
                    .or(() -> key.defaultValue(profile).map(d -> new Setting(d, "default")))
                    .ifPresent(s -> settings.put(key, s));
        }
        ConfigValidator validator = new ConfigValidator();
        problems.addAll(validator.validate(settings));
        problems.addAll(validator.shadowed(flags, "--set", settings));
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return new DeployConfig(settings);
    }

    private Optional<Setting> given(ConfigKey key, Map<String, String> file, String fileSource,
                                    Map<String, String> flags) {
        return pick(key, flags, "flag").or(() -> pick(key, file, fileSource)).or(() -> pick(key, environment, "env"));
    }

    private static Optional<Setting> pick(ConfigKey key, Map<String, String> source, String name) {
        String v = source.get(key.name());
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(new Setting(v.trim(), name));
    }

    private static void unknownKeys(Map<String, String> values, String where, List<ConfigProblem> problems) {
        for (String k : values.keySet()) {
            if (ConfigKey.byName(k).isEmpty()) {
                problems.add(new ConfigProblem(k, "is not a known setting (in " + where + ")",
                        "remove it or use one of the names listed by 'airflow-aks config keys'"));
            }
        }
    }

    private static Map<String, String> readFile(Path path, List<ConfigProblem> problems) {
        if (!Files.isRegularFile(path)) {
            problems.add(new ConfigProblem("--config", "'" + path + "' does not exist",
                    "point --config at a YAML file of NAME: value lines"));
            return Map.of();
        }
        try (InputStream in = Files.newInputStream(path)) {
            Object parsed = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build()).loadFromInputStream(in);
            if (parsed == null) {
                return Map.of();
            }
            if (!(parsed instanceof Map<?, ?> map)) {
                problems.add(new ConfigProblem("--config", "'" + path + "' is not a YAML map",
                        "write one NAME: value per line, e.g. AKS_AIRFLOW_NAMESPACE: airflow"));
                return Map.of();
            }
            Map<String, String> out = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (v instanceof Map || v instanceof List) {
                    problems.add(new ConfigProblem(String.valueOf(k), "has a nested value in " + path,
                            "give a plain string value"));
                } else if (v != null) {
                    out.put(String.valueOf(k), String.valueOf(v));
                }
            });
            return out;
        } catch (IOException | YamlEngineException e) {
            problems.add(new ConfigProblem("--config", "'" + path + "' cannot be read: " + e.getMessage(),
                    "fix the YAML syntax"));
            return Map.of();
        }
    }
}
