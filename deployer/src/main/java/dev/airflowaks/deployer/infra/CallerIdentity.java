package dev.airflowaks.deployer.infra;

import com.azure.core.credential.TokenRequestContext;
import com.azure.json.JsonProviders;
import com.azure.json.JsonReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Who the deployer runs as: the object id and tenant of the signed-in principal, read from the claims of its ARM
 * access token ({@code oid}, {@code tid}), as {@code az keyvault create} needs them for the creator's access policy.
 * The token is neither verified nor printed: it is the caller's own, just obtained.
 */
public final class CallerIdentity {

    private Map<String, Object> claims;

    String objectId(InfraContext ctx) {
        return claim(ctx, "oid");
    }

    String tenantId(InfraContext ctx) {
        return claim(ctx, "tid");
    }

    private synchronized String claim(InfraContext ctx, String name) {
        if (claims == null) {
            String token = ctx.azure().credential().getTokenSync(new TokenRequestContext()
                    .addScopes("https://management.core.windows.net//.default")).getToken();
            String[] parts = token.split("\\.");
            if (parts.length < 2) {
                throw new IllegalStateException("the Azure access token is not a JWT; cannot tell the signed-in "
                        + "principal's object id for the vault's creator access policy");
            }
            try (JsonReader reader = JsonProviders.createReader(new String(Base64.getUrlDecoder().decode(parts[1]),
                    StandardCharsets.UTF_8))) {
                claims = reader.readMap(JsonReader::readUntyped);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot read the Azure access token's claims", e);
            }
        }
        Object v = claims.get(name);
        if (v == null || v.toString().isBlank()) {
            throw new IllegalStateException("the Azure access token has no '" + name + "' claim");
        }
        return v.toString();
    }
}
