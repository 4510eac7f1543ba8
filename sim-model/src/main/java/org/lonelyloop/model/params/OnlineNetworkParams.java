package org.lonelyloop.model.params;

/**
 * The online network (follows, friends, groups).
 *
 * @param overlap      probability that an offline tie is also an online tie
 * @param strangerTies ties per agent added by preferential attachment: acquaintances, strangers,
 *                     communities; gives the heavy tail of follower counts
 */
public record OnlineNetworkParams(
        @Range(min = 0, max = 1, unit = "probability") double overlap,
        @Range(min = 0, max = 50, unit = "ties per agent") int strangerTies) implements java.io.Serializable {
    public static OnlineNetworkParams defaults() {
        return new OnlineNetworkParams(0.7, 4);
    }
}
