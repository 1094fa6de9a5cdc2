package org.newsgraph.relation;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.newsgraph.text.Normalizer;

/** The forms of an English verb, for rules that say {@code @back}: back, backs, backed, backing. */
final class Inflection {

    /** Irregular verbs: base, past, past participle. */
    private static final Map<String, String[]> IRREGULAR = Map.ofEntries(
            Map.entry("become", new String[] {"became", "become"}),
            Map.entry("be", new String[] {"was|were", "been"}),
            Map.entry("take", new String[] {"took", "taken"}),
            Map.entry("lead", new String[] {"led", "led"}),
            Map.entry("run", new String[] {"ran", "run"}),
            Map.entry("win", new String[] {"won", "won"}),
            Map.entry("choose", new String[] {"chose", "chosen"}),
            Map.entry("withdraw", new String[] {"withdrew", "withdrawn"}),
            Map.entry("tell", new String[] {"told", "told"}),
            Map.entry("say", new String[] {"said", "said"}),
            Map.entry("write", new String[] {"wrote", "written"}),
            Map.entry("give", new String[] {"gave", "given"}),
            Map.entry("throw", new String[] {"threw", "thrown"}),
            Map.entry("stand", new String[] {"stood", "stood"}),
            Map.entry("fight", new String[] {"fought", "fought"}),
            Map.entry("hold", new String[] {"held", "held"}),
            Map.entry("put", new String[] {"put", "put"}),
            Map.entry("set", new String[] {"set", "set"}),
            Map.entry("quit", new String[] {"quit", "quit"}),
            Map.entry("swear", new String[] {"swore", "sworn"}),
            Map.entry("send", new String[] {"sent", "sent"}),
            Map.entry("lend", new String[] {"lent", "lent"}),
            Map.entry("speak", new String[] {"spoke", "spoken"}),
            Map.entry("get", new String[] {"got", "got|gotten"}),
            Map.entry("make", new String[] {"made", "made"}),
            Map.entry("seek", new String[] {"sought", "sought"}),
            Map.entry("drop", new String[] {"dropped", "dropped"}),
            Map.entry("step", new String[] {"stepped", "stepped"}),
            Map.entry("pull", new String[] {"pulled", "pulled"}),
            Map.entry("oust", new String[] {"ousted", "ousted"}),
            Map.entry("overtake", new String[] {"overtook", "overtaken"}),
            Map.entry("beat", new String[] {"beat", "beaten"}),
            Map.entry("bring", new String[] {"brought", "brought"}),
            Map.entry("buy", new String[] {"bought", "bought"}),
            Map.entry("keep", new String[] {"kept", "kept"}),
            Map.entry("leave", new String[] {"left", "left"}),
            Map.entry("meet", new String[] {"met", "met"}),
            Map.entry("find", new String[] {"found", "found"}),
            Map.entry("think", new String[] {"thought", "thought"}),
            Map.entry("begin", new String[] {"began", "begun"}),
            Map.entry("rise", new String[] {"rose", "risen"}),
            Map.entry("vote", new String[] {"voted", "voted"}));

    private Inflection() {
    }

    static Set<String> verbForms(String verb) {
        String v = Normalizer.fold(verb);
        Set<String> out = new LinkedHashSet<>();
        out.add(v);
        String[] irregular = IRREGULAR.get(v);
        if (v.equals("be")) {
            out.addAll(Set.of("is", "are", "am", "being", "'s", "'re"));
        } else if (v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x") || v.endsWith("z") || v.endsWith("o")) {
            out.add(v + "es");
        } else if (v.endsWith("y") && v.length() > 1 && !isVowel(v.charAt(v.length() - 2))) {
            out.add(v.substring(0, v.length() - 1) + "ies");
        } else {
            out.add(v + "s");
        }
        if (irregular != null) {
            for (String f : irregular) {
                for (String form : f.split("\\|")) {
                    out.add(form);
                }
            }
        } else if (v.endsWith("e")) {
            out.add(v + "d");
        } else if (v.endsWith("y") && v.length() > 1 && !isVowel(v.charAt(v.length() - 2))) {
            out.add(v.substring(0, v.length() - 1) + "ied");
        } else if (doubles(v)) {
            out.add(v + v.charAt(v.length() - 1) + "ed");
        } else {
            out.add(v + "ed");
        }
        if (v.endsWith("ie")) {
            out.add(v.substring(0, v.length() - 2) + "ying");
        } else if (v.endsWith("e") && !v.endsWith("ee") && !v.equals("be")) {
            out.add(v.substring(0, v.length() - 1) + "ing");
        } else if (doubles(v)) {
            out.add(v + v.charAt(v.length() - 1) + "ing");
        } else {
            out.add(v + "ing");
        }
        return out;
    }

    /** Short consonant-vowel-consonant verbs double their last letter: drop, dropped. */
    private static boolean doubles(String v) {
        int n = v.length();
        if (n < 3 || n > 4) {
            return false;
        }
        char a = v.charAt(n - 3);
        char b = v.charAt(n - 2);
        char c = v.charAt(n - 1);
        return !isVowel(a) && isVowel(b) && !isVowel(c) && "wxy".indexOf(c) < 0;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
