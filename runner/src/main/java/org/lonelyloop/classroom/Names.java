package org.lonelyloop.classroom;

/**
 * First names for agents, so a class can follow "Noor" rather than "agent 17". Common Dutch first
 * names of teenagers, the same in both languages; beyond the list a number is added ("Noor 2").
 */
public final class Names {
    private static final String[] FIRST = {
        "Noor", "Daan", "Emma", "Sem", "Julia", "Lucas", "Mila", "Levi", "Tess", "Finn", "Sophie", "Milan",
        "Zoë", "Jesse", "Sara", "Bram", "Anna", "Luuk", "Evi", "Thijs", "Lotte", "Ruben", "Fenna", "Noah",
        "Lynn", "Stijn", "Isa", "Gijs", "Fleur", "Jayden", "Lisa", "Mohammed", "Yara", "Sven", "Amira", "Tim",
        "Roos", "Max", "Nina", "Adam",
    };

    private Names() {
    }

    public static String of(int id) {
        String name = FIRST[id % FIRST.length];
        int round = id / FIRST.length;
        return round == 0 ? name : name + " " + (round + 1);
    }
}
