package dev.ficus.bench.report;

import java.util.List;

/**
 * Draws the report's charts as inline SVG, with no scripts or external assets: line charts and stacked bars.
 */
final class SvgChart {

	static final List<String> PALETTE = List.of("#1b6ca8", "#d1495b", "#2e933c", "#edae49", "#6a4c93", "#00798c");

	private static final int WIDTH = 640;

	private static final int HEIGHT = 320;

	private static final int LEFT = 64;

	private static final int RIGHT = 160;

	private static final int TOP = 36;

	private static final int BOTTOM = 48;

	/** How far above the reference line the y axis of a line chart reaches at most. */
	private static final double OFF_SCALE_FACTOR = 4;

	private SvgChart() {
	}

	/** A named series of (x, y) points. */
	record Series(String name, List<double[]> points) {
	}

	/** One bar made of named segments stacked bottom to top. */
	record Bar(String label, List<Segment> segments) {

		double total() {
			return segments.stream().mapToDouble(Segment::value).sum();
		}
	}

	/** A named part of a stacked bar. */
	record Segment(String name, double value) {
	}

	/** A horizontal line marking a limit, e.g. the latency objective. */
	record Reference(double value, String label) {
	}

	/**
	 * Line chart whose y axis ends at a few times the reference, so one overloaded point does not flatten every other
	 * line: points above the axis are drawn on its top edge as open circles labelled with their value.
	 */
	static String lines(String title, String xLabel, String yLabel, List<Series> series, Reference reference) {
		double maxX = niceCeiling(series.stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p[0]).max().orElse(1));
		double highest = series.stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p[1]).max().orElse(1);
		double maxY = niceCeiling(Math.max(Math.min(highest, OFF_SCALE_FACTOR * reference.value()), reference.value()));
		StringBuilder svg = open(title);
		axes(svg, xLabel, yLabel, maxX, maxY);
		double referenceY = y(reference.value(), maxY);
		svg.append("<line x1=\"%d\" y1=\"%s\" x2=\"%d\" y2=\"%s\" stroke=\"#888\" stroke-dasharray=\"6 4\"/>"
			.formatted(LEFT, num(referenceY), WIDTH - RIGHT, num(referenceY)));
		svg.append("<text x=\"%d\" y=\"%s\" text-anchor=\"end\" font-size=\"10\" fill=\"#555\">%s</text>"
			.formatted(WIDTH - RIGHT - 4, num(referenceY - 4), escape(reference.label())));
		for (int i = 0; i < series.size(); i++) {
			Series s = series.get(i);
			String color = PALETTE.get(i % PALETTE.size());
			StringBuilder path = new StringBuilder();
			for (double[] point : s.points()) {
				boolean offScale = point[1] > maxY;
				double x = x(point[0], maxX);
				double y = y(Math.min(point[1], maxY), maxY);
				path.append(path.length() == 0 ? "M" : " L").append(num(x)).append(',').append(num(y));
				svg.append("<circle cx=\"%s\" cy=\"%s\" r=\"3\" fill=\"%s\" stroke=\"%s\"><title>%s: %s req/s, %s</title></circle>"
					.formatted(num(x), num(y), offScale ? "white" : color, color, escape(s.name()), num(point[0]),
							num(point[1])));
				if (offScale) {
					svg.append("<text x=\"%s\" y=\"%s\" text-anchor=\"middle\" font-size=\"10\" fill=\"%s\">↑ %s</text>"
						.formatted(num(x), num(y - 6), color, num(point[1])));
				}
			}
			svg.append("<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>".formatted(path, color));
			legend(svg, i, s.name(), color);
		}
		return svg.append("</svg>").toString();
	}

	static String stackedBars(String title, String unit, List<Bar> bars) {
		double maxY = niceCeiling(bars.stream().mapToDouble(Bar::total).max().orElse(1));
		StringBuilder svg = open(title);
		axes(svg, "", unit, 0, maxY);
		double slot = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, bars.size());
		List<String> names = bars.stream().flatMap(bar -> bar.segments().stream()).map(Segment::name).distinct().toList();
		for (int b = 0; b < bars.size(); b++) {
			Bar bar = bars.get(b);
			double left = LEFT + b * slot + slot * 0.2;
			double base = 0;
			for (Segment segment : bar.segments()) {
				double top = y(base + segment.value(), maxY);
				double height = y(base, maxY) - top;
				String color = PALETTE.get(names.indexOf(segment.name()) % PALETTE.size());
				svg.append("<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\"><title>%s %s: %s %s</title></rect>"
					.formatted(num(left), num(top), num(slot * 0.6), num(height), color, escape(bar.label()),
							escape(segment.name()), num(segment.value()), escape(unit)));
				base += segment.value();
			}
			svg.append("<text x=\"%s\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\">%s</text>".formatted(
					num(left + slot * 0.3), HEIGHT - BOTTOM + 16, escape(bar.label())));
			svg.append("<text x=\"%s\" y=\"%s\" text-anchor=\"middle\" font-size=\"11\">%s</text>".formatted(
					num(left + slot * 0.3), num(y(base, maxY) - 4), num(base)));
		}
		for (int i = 0; i < names.size(); i++) {
			legend(svg, i, names.get(i), PALETTE.get(i % PALETTE.size()));
		}
		return svg.append("</svg>").toString();
	}

	private static StringBuilder open(String title) {
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\">"
			.formatted(WIDTH, HEIGHT, WIDTH, HEIGHT));
		svg.append("<title>%s</title>".formatted(escape(title)));
		svg.append("<text x=\"%d\" y=\"20\" font-size=\"14\" font-weight=\"bold\">%s</text>".formatted(LEFT, escape(title)));
		return svg;
	}

	private static void axes(StringBuilder svg, String xLabel, String yLabel, double maxX, double maxY) {
		int bottom = HEIGHT - BOTTOM;
		int right = WIDTH - RIGHT;
		svg.append("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>".formatted(LEFT, bottom, right, bottom));
		svg.append("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>".formatted(LEFT, TOP, LEFT, bottom));
		for (int tick = 0; tick <= 4; tick++) {
			double value = maxY * tick / 4;
			double y = y(value, maxY);
			svg.append("<line x1=\"%d\" y1=\"%s\" x2=\"%d\" y2=\"%s\" stroke=\"#ddd\"/>".formatted(LEFT, num(y), right, num(y)));
			svg.append("<text x=\"%d\" y=\"%s\" text-anchor=\"end\" font-size=\"10\">%s</text>".formatted(LEFT - 4,
					num(y + 3), num(value)));
			if (maxX > 0) {
				double xValue = maxX * tick / 4;
				svg.append("<text x=\"%s\" y=\"%d\" text-anchor=\"middle\" font-size=\"10\">%s</text>".formatted(
						num(x(xValue, maxX)), bottom + 14, num(xValue)));
			}
		}
		svg.append("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\">%s</text>".formatted(
				(LEFT + right) / 2, HEIGHT - 8, escape(xLabel)));
		svg.append("<text x=\"14\" y=\"%d\" font-size=\"11\" transform=\"rotate(-90 14 %d)\" text-anchor=\"middle\">%s</text>"
			.formatted((TOP + bottom) / 2, (TOP + bottom) / 2, escape(yLabel)));
	}

	private static void legend(StringBuilder svg, int index, String name, String color) {
		int y = TOP + 8 + index * 18;
		int x = WIDTH - RIGHT + 12;
		svg.append("<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>".formatted(x, y - 10, color));
		svg.append("<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>".formatted(x + 16, y, escape(name)));
	}

	private static double x(double value, double maxX) {
		return LEFT + (WIDTH - LEFT - RIGHT) * value / maxX;
	}

	private static double y(double value, double maxY) {
		return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * value / maxY;
	}

	/** Rounds up to 1, 2 or 5 times a power of ten, so axis ticks are readable. */
	static double niceCeiling(double value) {
		if (!(value > 0)) {
			return 1;
		}
		double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
		for (double step : new double[] { 1, 2, 5, 10 }) {
			if (value <= step * magnitude) {
				return step * magnitude;
			}
		}
		return 10 * magnitude;
	}

	private static String num(double value) {
		String text = Cells.format("%.1f", value);
		return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
