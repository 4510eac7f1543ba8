package org.lonelyloop.model.params;

/** The agents' offline and online social networks. */
public record NetworkParams(OfflineNetworkParams offline, OnlineNetworkParams online) implements java.io.Serializable {
    public static NetworkParams defaults() {
        return new NetworkParams(OfflineNetworkParams.defaults(), OnlineNetworkParams.defaults());
    }
}
