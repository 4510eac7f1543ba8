package org.lonelyloop.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lonelyloop.output.NetworkWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The networks on snapshot days: the GraphML read back with a plain XML parser (as igraph and
 * NetworkX read it) has every agent's degree in each layer that agents.csv reports, ties.csv holds
 * the same ties, and both are the same bytes whatever the thread count.
 */
class NetworkExportTest {
    private static Path run(Path out, String threads) {
        Cli c = Cli.run("run", "quickstart", "--days", "20", "--set", "population.size=300", "--set",
                "outputs.snapshots=[0d, 19d]", "--threads", threads, "--folder", out.toString(), "-q", "--no-report");
        assertEquals(0, c.exitCode, c.toString());
        return out;
    }

    @Test
    void theGraphmlAndTheEdgeListHoldTheTiesAgentsCsvCounts(@TempDir Path tmp) throws Exception {
        Path one = run(tmp.resolve("one"), "1");
        Path two = run(tmp.resolve("two"), "2");
        for (String f : List.of(NetworkWriter.TIES, NetworkWriter.graphmlFile(0), NetworkWriter.graphmlFile(19))) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
        List<String> agents = Files.readAllLines(one.resolve("agents.csv"));
        List<String> header = List.of(agents.get(0).split(","));
        List<String> ties = Files.readAllLines(one.resolve(NetworkWriter.TIES));
        assertEquals("day,from,to,layer,strength,age", ties.get(0));
        // A tie ages a day a day: one present on both snapshot days is 19 days older on the second;
        // ties of the starting network date from the first day of quickstart's two-year burn-in.
        Map<String, Integer> ageOnDay0 = new HashMap<>();
        int oldest = 0;
        int checked = 0;
        for (String line : ties.subList(1, ties.size())) {
            String[] c = line.split(",", -1);
            if (!c[3].equals("offline")) {
                assertEquals("", c[5], "an online tie has no age: " + line);
                continue;
            }
            int age = Integer.parseInt(c[5]);
            String pair = c[1] + "-" + c[2];
            if (c[0].equals("0")) {
                ageOnDay0.put(pair, age);
                oldest = Math.max(oldest, age);
                assertTrue(age <= 730, line);
            } else if (ageOnDay0.containsKey(pair)) {
                assertEquals(ageOnDay0.get(pair) + 19, age, line);
                checked++;
            } else {
                assertTrue(age <= 18, "formed after day 0: " + line);
            }
        }
        assertEquals(730, oldest, "ties of the starting network, two years old when recording starts");
        assertTrue(checked > 100, "ties that lasted: " + checked);
        for (int day : new int[] {0, 19}) {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(one.resolve(NetworkWriter.graphmlFile(day)).toFile());
            assertEquals(300, doc.getElementsByTagName("node").getLength());
            declaresEachKeyOnceForTheDataThatUsesIt(doc);
            Map<String, int[]> degree = new HashMap<>();
            NodeList edges = doc.getElementsByTagName("edge");
            for (int e = 0; e < edges.getLength(); e++) {
                Element edge = (Element) edges.item(e);
                int layer = "offline".equals(((Element) edge.getElementsByTagName("data").item(0)).getTextContent()) ? 0 : 1;
                degree.computeIfAbsent(edge.getAttribute("source"), k -> new int[2])[layer]++;
                degree.computeIfAbsent(edge.getAttribute("target"), k -> new int[2])[layer]++;
            }
            int rows = 0;
            for (String line : agents.subList(1, agents.size())) {
                String[] cells = line.split(",");
                if (Integer.parseInt(cells[0]) != day) {
                    continue;
                }
                rows++;
                int[] d = degree.getOrDefault(cells[header.indexOf("id")], new int[2]);
                assertEquals(Integer.parseInt(cells[header.indexOf("offlineTies")]), d[0], "offline degree: " + line);
                assertEquals(Integer.parseInt(cells[header.indexOf("onlineTies")]), d[1], "online degree: " + line);
            }
            assertEquals(300, rows);
            String prefix = day + ",";
            long listed = ties.stream().filter(l -> l.startsWith(prefix)).count();
            assertEquals(edges.getLength(), listed, "ties.csv lists the GraphML's edges of day " + day);
            assertTrue(edges.getLength() > 300, "a network, not a handful of ties: " + edges.getLength());
        }
    }

    /**
     * Every GraphML file a run writes is valid against the GraphML schema (the one JGraphT ships,
     * graphml.graphdrawing.org's) and loads in an independent reader, JGraphT's importer, with the
     * nodes, ties and data agents.csv and ties.csv hold.
     */
    @Test
    void everyGraphmlFileIsValidGraphmlThatAnotherReaderLoads(@TempDir Path tmp) throws Exception {
        Path folder = run(tmp.resolve("run"), "2");
        javax.xml.validation.Validator validator = javax.xml.validation.SchemaFactory
                .newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(org.jgrapht.nio.graphml.GraphMLImporter.class.getResource("/graphml.xsd")).newValidator();
        // The schema refuses what GraphML does not allow: a key for something that is no graph element.
        org.junit.jupiter.api.Assertions.assertThrows(org.xml.sax.SAXException.class, () -> validator.validate(
                new javax.xml.transform.stream.StreamSource(new java.io.StringReader("<graphml xmlns="
                        + "\"http://graphml.graphdrawing.org/xmlns\"><key id=\"a\" for=\"vertex\"/></graphml>"))));
        List<Path> graphs;
        try (java.util.stream.Stream<Path> s = Files.list(folder)) {
            graphs = s.filter(p -> p.toString().endsWith(".graphml")).sorted().toList();
        }
        assertEquals(2, graphs.size(), "a graph per snapshot day");
        org.lonelyloop.table.CsvTable agents = org.lonelyloop.table.CsvTable.read(folder.resolve("agents.csv"));
        org.lonelyloop.table.CsvTable ties = org.lonelyloop.table.CsvTable.read(folder.resolve(NetworkWriter.TIES));
        for (Path graphml : graphs) {
            validator.validate(new javax.xml.transform.stream.StreamSource(graphml.toFile()));
            int day = Integer.parseInt(graphml.getFileName().toString().replaceAll("\\D", ""));
            org.jgrapht.Graph<String, org.jgrapht.graph.DefaultEdge> g =
                    new org.jgrapht.graph.Pseudograph<>(org.jgrapht.graph.DefaultEdge.class);
            org.jgrapht.nio.graphml.GraphMLImporter<String, org.jgrapht.graph.DefaultEdge> importer =
                    new org.jgrapht.nio.graphml.GraphMLImporter<>();
            importer.setSchemaValidation(true);
            importer.setVertexFactory(id -> id);
            Map<String, String> age = new HashMap<>();
            Map<String, Integer> layers = new HashMap<>();
            importer.addVertexAttributeConsumer((at, a) -> {
                if (at.getSecond().equals("age")) {
                    age.put(at.getFirst(), a.getValue());
                }
            });
            importer.addEdgeAttributeConsumer((at, a) -> {
                if (at.getSecond().equals("layer")) {
                    layers.merge(a.getValue(), 1, Integer::sum);
                }
            });
            try (java.io.Reader in = Files.newBufferedReader(graphml)) {
                importer.importGraph(g, in);
            }
            assertEquals(300, g.vertexSet().size(), graphml.toString());
            int offline = 0;
            int online = 0;
            for (int r = 0; r < ties.size(); r++) {
                if ((int) ties.number(r, "day") == day) {
                    if (ties.text(r, "layer").equals("offline")) {
                        offline++;
                    } else {
                        online++;
                    }
                }
            }
            assertEquals(offline + online, g.edgeSet().size(), graphml.toString());
            assertEquals(Map.of("offline", offline, "online", online), layers, graphml.toString());
            for (int r = 0; r < agents.size(); r++) {
                if ((int) agents.number(r, "day") == day) {
                    String id = agents.text(r, "id");
                    assertEquals(agents.number(r, "age"), Double.parseDouble(age.get(id)), 1e-4, "age of " + id);
                }
            }
        }
    }

    /**
     * What GraphML readers hold a file to (NetworkX 3 refused the file when a node's age and a tie's
     * age shared one key id): each key id declared once, each data element naming a key declared for
     * its element, node or edge, and for no other.
     */
    private static void declaresEachKeyOnceForTheDataThatUsesIt(Document doc) {
        Map<String, String> kindOf = new HashMap<>();
        NodeList keys = doc.getElementsByTagName("key");
        for (int k = 0; k < keys.getLength(); k++) {
            Element key = (Element) keys.item(k);
            String before = kindOf.put(key.getAttribute("id"), key.getAttribute("for"));
            assertEquals(null, before, "key id declared twice: " + key.getAttribute("id"));
        }
        NodeList data = doc.getElementsByTagName("data");
        for (int d = 0; d < data.getLength(); d++) {
            Element datum = (Element) data.item(d);
            String owner = ((Element) datum.getParentNode()).getTagName();
            assertEquals(owner, kindOf.get(datum.getAttribute("key")), "data key " + datum.getAttribute("key") + " on a " + owner);
        }
    }
}
