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

    public synchronized boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

}
