package org.lonelyloop.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.intervention.InterventionTypes;
import org.lonelyloop.model.pathway.Pathway;
import org.lonelyloop.model.pathway.PathwayParams;

/**
 * Each intervention's name comes from the registry and each pathway's key from the pathways record,
 * where they are written once; a built intervention or pathway leads back to exactly that name.
 */
class NamesWrittenOnceTest {
    @Test
    void everyInterventionIsNamedAsTheRegistryNamesIt() {
        InterventionTypes.all().keySet().forEach(type ->
                assertEquals(type, InterventionTypes.nameOf(InterventionTypes.defaults(type).build(0).spec()), type));
    }

    @Test
    void everyPathwayIsKeyedByItsComponentOfThePathwaysRecord() {
        List<String> keys = new ArrayList<>();
        for (Pathway p : PathwayParams.defaults().build(org.lonelyloop.model.params.LonelinessParams.defaults().contactEffect())) {
            keys.add(PathwayParams.keyOf(p.parameters().getClass()));
        }
        List<String> components = Arrays.stream(PathwayParams.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList();
        assertEquals(components, keys, "every pathway enabled by default, in the record's order");
    }
}
