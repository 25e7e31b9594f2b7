package dev.airflowaks.deployer.testing;

import dev.airflowaks.deployer.azure.AzureGateway;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Wraps an {@link AzureGateway} and records the name of every method called on it, before delegating. */
public final class RecordingAzure {

    public final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    public final AzureGateway gateway;

    public RecordingAzure(AzureGateway delegate) {
        this.gateway = (AzureGateway) Proxy.newProxyInstance(AzureGateway.class.getClassLoader(),
                new Class<?>[] {AzureGateway.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(delegate, args);
                    }
                    calls.add(method.getName());
                    try {
                        return method.invoke(delegate, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
