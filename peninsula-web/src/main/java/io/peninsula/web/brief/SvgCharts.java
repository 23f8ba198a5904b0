package io.peninsula.web.brief;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ChartFactory;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The brief's charts, drawn by JFreeChart into SVG (JFreeSVG) so that they are part of the HTML:
 * no script, no image file, readable in print.
 */
final class SvgCharts {
  static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
      new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};
  private static final Font FONT = new Font("SansSerif", Font.PLAIN, 11);

  private SvgCharts() {}

  /** One row of an interval chart: a category, a series, low and high. */
  record Interval(String category, String series, double low, double high) {}

  /** Low–high bars per category and series (e.g. 5–95 % of samples per issue and option), on one value axis. */
  static String intervals(String title, String valueLabel, List<Interval> rows, List<String> series, List<String> categories,
      double min, double max, int width, int height) {
    Number[][] lows = new Number[series.size()][categories.size()];
    Number[][] highs = new Number[series.size()][categories.size()];
    for (Interval r : rows) {
      int s = series.indexOf(r.series());
      int c = categories.indexOf(r.category());
      lows[s][c] = r.low();
      highs[s][c] = r.high();
    }
    var data = new DefaultIntervalCategoryDataset(series.toArray(new String[0]), categories.toArray(new String[0]), lows, highs);
    CategoryAxis cat = new CategoryAxis("issue");
    NumberAxis val = new NumberAxis(valueLabel);
    val.setRange(min, max);
    IntervalBarRenderer r = new IntervalBarRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(false);
    for (int i = 0; i < series.size(); i++) r.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
    CategoryPlot plot = new CategoryPlot(data, cat, val, r);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    return svg(styled(new JFreeChart(title, FONT.deriveFont(Font.BOLD, 13f), plot, true)), width, height);
  }

  /** Points per category (the baseline forecast) laid over nothing else, with labelled axes. */
  static String points(String title, String valueLabel, List<String> categories, List<Double> values, double min, double max,
      int width, int height) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int i = 0; i < categories.size(); i++) data.addValue(values.get(i), "forecast", categories.get(i));
    LineAndShapeRenderer r = new LineAndShapeRenderer(false, true);
    r.setSeriesPaint(0, PALETTE[3]);
    NumberAxis val = new NumberAxis(valueLabel);
    val.setRange(min, max);
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("issue"), val, r);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    return svg(styled(new JFreeChart(title, FONT.deriveFont(Font.BOLD, 13f), plot, true)), width, height);
  }

  /** Horizontal bars, largest first (a tornado). */
  static String tornado(String title, String valueLabel, List<String> labels, List<Double> values, int width, int height) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int i = 0; i < labels.size(); i++) data.addValue(values.get(i), valueLabel, labels.get(i));
    JFreeChart chart = ChartFactory.createBarChart(title, "input", valueLabel, data, PlotOrientation.HORIZONTAL, false, false, false);
    BarRenderer r = (BarRenderer) chart.getCategoryPlot().getRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setSeriesPaint(0, PALETTE[0]);
    return svg(styled(chart), width, height);
  }

  /** Grouped vertical bars: one group per category, one bar per series (e.g. change per issue under each option). */
  static String grouped(String title, String categoryLabel, String valueLabel, List<String> series, List<String> categories,
      double[][] values, int width, int height) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int s = 0; s < series.size(); s++)
      for (int c = 0; c < categories.size(); c++) data.addValue(values[s][c], series.get(s), categories.get(c));
    JFreeChart chart = ChartFactory.createBarChart(title, categoryLabel, valueLabel, data, PlotOrientation.VERTICAL, true, false, false);
    BarRenderer r = (BarRenderer) chart.getCategoryPlot().getRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    for (int i = 0; i < series.size(); i++) r.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
    chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    return svg(styled(chart), width, height);
  }

  /** One year of a fan: the 5 %, 50 % and 95 % quantiles and the mean over runs. */
  record FanYear(int year, double p05, double p50, double p95, double mean) {}

  /**
   * A fan chart over years: the 5 %–95 % band of runs shaded, the median as a solid line, the mean
   * dashed, and today's status quo as a labelled horizontal marker, on the scale.
   */
  static String fan(String title, String valueLabel, List<FanYear> years, double today, double min, double max, int width, int height) {
    org.jfree.data.xy.YIntervalSeries band = new org.jfree.data.xy.YIntervalSeries("median, 5 %–95 % of runs");
    org.jfree.data.xy.YIntervalSeries mean = new org.jfree.data.xy.YIntervalSeries("mean");
    for (FanYear y : years) {
      band.add(y.year(), y.p50(), y.p05(), y.p95());
      mean.add(y.year(), y.mean(), y.mean(), y.mean());
    }
    org.jfree.data.xy.YIntervalSeriesCollection data = new org.jfree.data.xy.YIntervalSeriesCollection();
    data.addSeries(band);
    data.addSeries(mean);
    org.jfree.chart.renderer.xy.DeviationRenderer r = new org.jfree.chart.renderer.xy.DeviationRenderer(true, false);
    r.setAlpha(0.3f);
    r.setSeriesPaint(0, PALETTE[0]);
    r.setSeriesFillPaint(0, PALETTE[0]);
    r.setSeriesStroke(0, new BasicStroke(2f));
    r.setSeriesPaint(1, PALETTE[1]);
    r.setSeriesFillPaint(1, PALETTE[1]);
    r.setSeriesStroke(1, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
    NumberAxis x = new NumberAxis("year");
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    x.setAutoRangeIncludesZero(false);
    java.text.NumberFormat plain = java.text.NumberFormat.getIntegerInstance(java.util.Locale.ROOT);
    plain.setGroupingUsed(false);
    x.setNumberFormatOverride(plain);
    NumberAxis val = new NumberAxis(valueLabel);
    val.setRange(min, max);
    org.jfree.chart.plot.XYPlot plot = new org.jfree.chart.plot.XYPlot(data, x, val, r);
    org.jfree.chart.plot.ValueMarker sq = new org.jfree.chart.plot.ValueMarker(today, PALETTE[3], new BasicStroke(1.2f));
    sq.setLabel("today " + String.format(java.util.Locale.ROOT, "%.1f", today));
    sq.setLabelFont(FONT);
    sq.setLabelPaint(PALETTE[3]);
    sq.setLabelBackgroundColor(new Color(255, 255, 255, 0));
    boolean high = today > (min + max) / 2; // the label goes on the side of the line with room
    sq.setLabelAnchor(high ? org.jfree.chart.ui.RectangleAnchor.BOTTOM_LEFT : org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
    sq.setLabelTextAnchor(high ? org.jfree.chart.ui.TextAnchor.TOP_LEFT : org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
    plot.addRangeMarker(sq);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xdddddd));
    plot.setDomainGridlinePaint(new Color(0xeeeeee));
    for (NumberAxis a : new NumberAxis[] {x, val}) {
      a.setTickLabelFont(FONT);
      a.setLabelFont(FONT);
    }
    JFreeChart chart = new JFreeChart(title, FONT.deriveFont(Font.BOLD, 12f), plot, true);
    return svg(styled(chart), width, height);
  }

  private static JFreeChart styled(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    if (chart.getLegend() != null) chart.getLegend().setItemFont(FONT);
    if (chart.getPlot() instanceof CategoryPlot p) {
      p.setBackgroundPaint(Color.WHITE);
      p.setRangeGridlinePaint(new Color(0xdddddd));
      p.setRangeGridlineStroke(new BasicStroke(0.5f));
      p.getDomainAxis().setTickLabelFont(FONT);
      p.getRangeAxis().setTickLabelFont(FONT);
      p.getDomainAxis().setLabelFont(FONT);
      p.getRangeAxis().setLabelFont(FONT);
    }
    return chart;
  }

  private static String svg(JFreeChart chart, int width, int height) {
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    chart.draw(g2, new Rectangle(0, 0, width, height));
    return g2.getSVGElement();
  }
}
