package org.lonelyloop.model.params;

/** The agents' social networks. */
public record NetworkParams(OfflineNetworkParams offline) {
    public static NetworkParams defaults() {
        return new NetworkParams(OfflineNetworkParams.defaults());
    }
}
