package guide.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects problems from every stage so the author sees all of them at once, sorted by place. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public synchronized void add(Problem problem) {
        list.add(problem);
    }

    public synchronized void addAll(Collection<Problem> problems) {
        list.addAll(problems);
    }

    public synchronized List<Problem> sorted() {
        return list.stream().distinct().sorted(Problem.BY_PLACE).toList();
    }

    /** How many have been added so far: a mark for {@link #since}. */
    public synchronized int size() {
        return list.size();
    }

    /** The problems added after {@code mark} (from {@link #size}), in the order they were added. */
    public synchronized List<Problem> since(int mark) {
        return List.copyOf(list.subList(mark, list.size()));
    }

    public synchronized boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

}
