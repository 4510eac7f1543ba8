package org.lonelyloop.classroom;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where a class's session listens: an address of this computer on the school's local network
 * (10/8, 172.16/12, 192.168/16, link-local) or this computer alone (loopback), never an address the
 * internet can reach, so only phones in the room's network can join.
 */
public final class LocalNetwork {
    private LocalNetwork() {
    }

    /** Whether phones outside the local network could reach this address. */
    static boolean local(InetAddress a) {
        return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress();
    }

    /**
     * The address to listen on: the one asked for (which must be local and this computer's), or
     * else this computer's first local IPv4 address on an interface that is up, or loopback when it
     * has none (a session then only this computer's browser can join).
     *
     * @throws IllegalArgumentException when the address asked for is not local or not this computer's
     */
    public static InetAddress choose(String asked) throws SocketException {
        if (asked != null) {
            InetAddress a;
            try {
                a = InetAddress.getByName(asked);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("--bind " + asked + ": no such address");
            }
            if (!local(a)) {
                throw new IllegalArgumentException("--bind " + asked + " is reachable from outside the local network; "
                        + "a class session listens only on a local address (10.x, 172.16-31.x, 192.168.x) or 127.0.0.1");
            }
            if (!a.isLoopbackAddress() && NetworkInterface.getByInetAddress(a) == null) {
                throw new IllegalArgumentException("--bind " + asked + " is not an address of this computer");
            }
            return a;
        }
        List<InetAddress> found = new ArrayList<>();
        for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!n.isUp() || n.isLoopback() || n.isVirtual()) {
                continue;
            }
            for (InetAddress a : Collections.list(n.getInetAddresses())) {
                if (a instanceof Inet4Address && a.isSiteLocalAddress()) {
                    found.add(a);
                }
            }
        }
        return found.isEmpty() ? InetAddress.getLoopbackAddress() : found.get(0);
    }
}
