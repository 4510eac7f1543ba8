package org.lonelyloop.model.params;

import java.util.List;

/** A parameter record whose values constrain each other beyond their single {@link Range}s. */
public interface CrossChecked {
    /** Violations among this record's own components; paths are relative to the record. */
    List<Violation> crossCheck();
}
