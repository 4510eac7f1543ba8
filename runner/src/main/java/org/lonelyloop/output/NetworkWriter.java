package org.lonelyloop.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.lonelyloop.model.AgentView;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.table.Csv;

/**
 * The networks on the snapshot days (outputs.snapshots), for network researchers: every tie as a
 * row of ties.csv (an edge list R, pandas and igraph read as it is), and the whole day as GraphML
 * (network-day-D.graphml: agents as nodes with their state as node data, both layers as edges with
 * their layer and strength), which igraph, NetworkX and Gephi open directly. Each undirected tie is
 * written once, from the lower id to the higher; ids are those of agents.csv.
 */
public final class NetworkWriter implements RunOutput {
    /** Prefix of the ids of node keys in GraphML. */
    private static final String NODE_KEY = "n_";
    /** Prefix of the ids of edge keys in GraphML. */
    private static final String EDGE_KEY = "e_";

    public static final String TIES = "ties.csv";
    static final String HEADER = "day,from,to,layer,strength,age\n";

    /** A node attribute: its GraphML name, type and how it is read from an agent. */
    private record Attribute(String name, String type, Function<AgentView, Object> value) {
    }

    private static final List<Attribute> NODE_DATA = List.of(
            new Attribute("age", "double", AgentView::getAge),
            new Attribute("ageGroup", "string", AgentView::getAgeGroup),
            new Attribute("loneliness", "double", AgentView::getLoneliness),
            new Attribute("lonelinessScore", "int", AgentView::getLonelinessScore),
            new Attribute("socialAnxiety", "double", AgentView::getSocialAnxiety),
            new Attribute("depression", "double", AgentView::getDepression),
            new Attribute("selfEsteem", "double", AgentView::getSelfEsteem),
            new Attribute("useMinutes", "double", AgentView::getUseMinutes),
            new Attribute("activeMinutes", "double", AgentView::getActiveMinutes),
            new Attribute("passiveMinutes", "double", AgentView::getPassiveMinutes),
            new Attribute("habit", "double", AgentView::getHabit),
            new Attribute("offlineTies", "int", AgentView::getOfflineTies),
            new Attribute("onlineTies", "int", AgentView::getOnlineTies),
            new Attribute("participant", "boolean", AgentView::getParticipant),
            new Attribute("loopGain", "double", AgentView::getLoopGain));

    private final Path folder;
    private final BufferedWriter ties;
    private final Set<Integer> days;

    /**
     * @param folder the run folder: ties.csv is opened there (appended to on a resume) and each day's
     *               GraphML written beside it
     * @param days   the snapshot days
     */
    public NetworkWriter(Path folder, boolean append, Set<Integer> days) throws IOException {
        this.folder = folder;
        this.ties = Csv.open(folder.resolve(TIES), append, HEADER);
        this.days = Set.copyOf(days);
    }

    @Override
    public void afterDay(LonelyLoop model, int day, DayRecord recorded) {
        if (days.contains(day)) {
            write(model, day);
        }
    }

    /** The GraphML file of a snapshot day. */
    public static String graphmlFile(int day) {
        return "network-day-" + day + ".graphml";
    }

    public void write(LonelyLoop model, int day) {
        try {
            writeTies(model, day);
            writeGraphml(model, day);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the network of day " + day + ": " + e.getMessage(), e);
        }
    }

    private void writeTies(LonelyLoop model, int day) throws IOException {
        StringBuilder sb = new StringBuilder(64);
        for (int i = 0; i < model.populationSize(); i++) {
            AgentView a = model.agent(i);
            int[] nb = a.offlineNeighbours();
            float[] w = a.offlineStrengths();
            int[] age = a.offlineTieAges();
            for (int k = 0; k < nb.length; k++) {
                if (nb[k] > i) {
                    sb.setLength(0);
                    sb.append(day).append(',').append(i).append(',').append(nb[k]).append(",offline,")
                            .append(Csv.number(w[k])).append(',').append(age[k]).append('\n');
                    ties.write(sb.toString());
                }
            }
            for (int j : a.onlineNeighbours()) {
                if (j > i) {
                    sb.setLength(0);
                    // Online ties carry no strength or age in the model: the cells are empty (NA in R).
                    sb.append(day).append(',').append(i).append(',').append(j).append(",online,,\n");
                    ties.write(sb.toString());
                }
            }
        }
    }

    /** Written to a hidden file and moved into place, so a stop never leaves half a graph. */
    private void writeGraphml(LonelyLoop model, int day) throws IOException {
        Path target = folder.resolve(graphmlFile(day));
        Path tmp = folder.resolve("." + target.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            x.writeCharacters("\n");
            for (Attribute a : NODE_DATA) {
                key(x, a.name(), "node", a.type());
            }
            key(x, "layer", "edge", "string");
            key(x, "strength", "edge", "double");
            key(x, "age", "edge", "int");
            x.writeStartElement("graph");
            x.writeAttribute("id", "day-" + day);
            x.writeAttribute("edgedefault", "undirected");
            x.writeCharacters("\n");
            for (int i = 0; i < model.populationSize(); i++) {
                AgentView agent = model.agent(i);
                x.writeStartElement("node");
                x.writeAttribute("id", Integer.toString(i));
                for (Attribute a : NODE_DATA) {
                    Object v = a.value().apply(agent);
                    data(x, NODE_KEY + a.name(), v instanceof Double d ? Csv.number(d) : String.valueOf(v));
                }
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            for (int i = 0; i < model.populationSize(); i++) {
                AgentView agent = model.agent(i);
                int[] nb = agent.offlineNeighbours();
                float[] w = agent.offlineStrengths();
                int[] age = agent.offlineTieAges();
                for (int k = 0; k < nb.length; k++) {
                    if (nb[k] > i) {
                        edge(x, i, nb[k], "offline", Csv.number(w[k]), Integer.toString(age[k]));
                    }
                }
                for (int j : agent.onlineNeighbours()) {
                    if (j > i) {
                        edge(x, i, j, "online", null, null);
                    }
                }
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Declares a data key. Its id carries the kind ({@link #NODE_KEY}, {@link #EDGE_KEY}): ids must be
     * unique in a document, and a node's age (years) and a tie's age (days) share a name. Readers
     * name the data by {@code attr.name}.
     */
    private static void key(XMLStreamWriter x, String name, String kind, String type) throws XMLStreamException {
        x.writeEmptyElement("key");
        x.writeAttribute("id", (kind.equals("node") ? NODE_KEY : EDGE_KEY) + name);
        x.writeAttribute("for", kind);
        x.writeAttribute("attr.name", name);
        x.writeAttribute("attr.type", type);
        x.writeCharacters("\n");
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static void edge(XMLStreamWriter x, int from, int to, String layer, String strength, String age)
            throws XMLStreamException {
        x.writeStartElement("edge");
        x.writeAttribute("source", Integer.toString(from));
        x.writeAttribute("target", Integer.toString(to));
        data(x, EDGE_KEY + "layer", layer);
        if (strength != null) {
            data(x, EDGE_KEY + "strength", strength);
        }
        if (age != null) {
            data(x, EDGE_KEY + "age", age);
        }
        x.writeEndElement();
        x.writeCharacters("\n");
    }

    @Override
    public void flush() throws IOException {
        ties.flush();
    }

    @Override
    public void close() throws IOException {
        ties.close();
    }
}
