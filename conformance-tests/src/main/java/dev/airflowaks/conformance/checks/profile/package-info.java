/**
 * What a check expects, per {@link dev.airflowaks.conformance.profile.RunProfile profile}: one small strategy per
 * check whose guide behaviour the local profile replaces (SecretStore, ServiceAccount, logs PV, image source). The
 * check picks its variant with {@code RunProfile.pick(guide, local)}; a local variant marks the check "substituted"
 * with the profile's reason and still fails when the stand-in is wrong. No class here ends in {@code Check}, so the
 * launcher never runs them as check classes.
 */
package dev.airflowaks.conformance.checks.profile;
