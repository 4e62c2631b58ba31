package example;

import dev.httpstatus.logs.Filter;
import dev.httpstatus.logs.LogFormat;
import dev.httpstatus.logs.LogReport;
import dev.httpstatus.logs.Request;
import dev.httpstatus.logs.Tally;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The report of `httpstatus logs` over a log too large for one machine: Spark cuts the file into partitions at line
 * ends, each partition is parsed and counted on its own (one format and one tally per partition), and the
 * partitions' tallies are merged in the file's order into the report LogAnalysis gives on one machine.
 */
public final class LogReportJob {
    private LogReportJob() {}

    /**
     * The report of one log (a file, local or on a cluster's file system) written in {@code format} ("combined",
     * or an Apache or nginx format string), with the {@code top} values of each error code's lists.
     */
    public static LogReport report(JavaSparkContext spark, String log, String format, int partitions, int top) {
        List<Tally> tallies = spark.textFile(log, partitions)
                .mapPartitions(lines -> List.of(tally(lines, log, format)).iterator())
                .collect();
        // In partition order, so that the unreadable lines shown are the first ones, with their line numbers.
        Tally all = new Tally();
        for (Tally tally : tallies) {
            all.mergeFollowing(tally);
        }
        return all.report(0, top);
    }

    /** Counts the lines of one partition: each is parsed once, and one that is not in the format is counted too. */
    static Tally tally(Iterator<String> lines, String log, String format) {
        LogFormat reading = LogFormat.of(format);
        Tally tally = new Tally();
        long lineNumber = 0;
        while (lines.hasNext()) {
            String line = lines.next();
            lineNumber++;
            Request request = reading.parse(line);
            if (request != null) {
                tally.add(request, Filter.ALL);
            } else {
                tally.unread(log, lineNumber, line);
            }
        }
        return tally;
    }

    /** {@code spark-submit --class example.LogReportJob job.jar LOG [FORMAT]}: prints the count of every code. */
    public static void main(String[] args) {
        try (JavaSparkContext spark = new JavaSparkContext(new SparkConf().setAppName("httpstatus logs"))) {
            LogReport report = report(
                    spark, args[0], args.length > 1 ? args[1] : "combined", spark.defaultMinPartitions(), 10);
            report.codes().forEach((code, count) -> System.out.println(code + "\t" + count));
            System.out.println("unreadable\t" + report.unread());
        }
    }
}
