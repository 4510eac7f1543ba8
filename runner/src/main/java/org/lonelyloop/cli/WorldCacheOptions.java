package org.lonelyloop.cli;

import java.nio.file.Path;
import org.lonelyloop.experiment.SettledWorlds;
import picocli.CommandLine.Option;

/** Where a command keeps and finds settled worlds (the ends of burn-ins), or that it does not. */
final class WorldCacheOptions {
    @Option(names = "--no-cache", description = "Run every burn-in; neither read nor keep settled worlds.")
    boolean noCache;

    @Option(names = "--cache", paramLabel = "DIR", description = "Keep settled worlds in DIR (default: $"
            + SettledWorlds.FOLDER_VARIABLE + ", else ~/.cache/lonelyloop; 'off' there turns the cache off).")
    Path folder;

    private SettledWorlds chosen;

    /**
     * The cache this command uses; a command asks first thing, so a bad setting is said before
     * anything is made.
     */
    SettledWorlds worlds() {
        if (chosen == null) {
            chosen = choose();
        }
        return chosen;
    }

    private SettledWorlds choose() {
        if (noCache) {
            return SettledWorlds.off();
        }
        SettledWorlds standard;
        try {
            standard = SettledWorlds.standard();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), Main.BAD_INPUT, e);
        }
        if (folder == null) {
            return standard;
        }
        return SettledWorlds.in(folder, standard.enabled() ? standard.maxBytes() : SettledWorlds.DEFAULT_MAX_BYTES);
    }
}
