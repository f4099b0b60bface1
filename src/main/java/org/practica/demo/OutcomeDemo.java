package org.practica.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.outcome.OutcomeReport;
import org.practica.outcome.OutcomeReportRequest;
import org.practica.outcome.OutcomeReportRequest.FigureRequest;
import org.practica.outcome.OutcomeReports;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The demo's outcome reports, on the tutoring project of Qingquanshan community and the
 * “萤火” team: the team leader's published report of the first live class, as the seeds
 * tell it (280 viewers, 6,378 likes, from the platform's statistics), with two photos
 * drawn here and uploaded through the same cleaning as any photo; and the community's
 * draft of a reading day.
 */
@Component
class OutcomeDemo {

	private final OutcomeReports reports;

	private final Accounts accounts;

	OutcomeDemo(OutcomeReports reports, Accounts accounts) {
		this.reports = reports;
		this.accounts = accounts;
	}

	void load(Long tutoringProject) {
		LocalDate today = this.reports.today();
		CurrentUser tutor = this.accounts.actingAs("tutor");
		OutcomeReport live = this.reports.create(tutor, tutoringProject,
				new OutcomeReportRequest("“萤火”课堂首场线上直播", """
						暑期课业辅导的第三周，“萤火”学业辅导志愿队在清泉山社区党群服务中心开了第一场线上直播课，讲“怎样读一本课外书”。

						直播由两名队员主讲，社区的孩子们在活动室一起观看，家长在家里也能收看。课后，孩子们把自己的读书卡贴在了图书角的墙上。

						直播平台后台显示，当晚共有 280 人观看，收到 6,378 个点赞。""", today.minusDays(7),
						List.of(new FigureRequest("VIEWERS", java.math.BigDecimal.valueOf(280), "直播平台后台截图"),
								new FigureRequest("LIKES", java.math.BigDecimal.valueOf(6378), "直播平台后台截图"),
								new FigureRequest("PEOPLE_SERVED", java.math.BigDecimal.valueOf(36), "活动签到表"),
								new FigureRequest("VOLUNTEERS", java.math.BigDecimal.valueOf(6), "志愿队排班表"))));
		this.reports.addPhoto(tutor, live.getId(), photo("live-class.jpg", "jpg", new Color(0x1f4e79), "LIVE", 280),
				"队员在社区活动室直播讲课");
		this.reports.addPhoto(tutor, live.getId(),
				photo("reading-cards.png", "png", new Color(0x2e7d32), "6,378", 6378), "孩子们把读书卡贴上图书角的墙");
		this.reports.publish(tutor, live.getId());

		CurrentUser community = this.accounts.actingAs("qingquanshan");
		this.reports.create(community, tutoringProject, new OutcomeReportRequest("社区图书角开放日", """
				周六上午，图书角向全体居民开放，志愿者带着孩子们整理图书、做借阅登记。

				（草稿：照片待补充。）""", today.minusDays(2),
				List.of(new FigureRequest("ACTIVITIES", java.math.BigDecimal.ONE, "社区活动记录"))));
	}

	/** A picture drawn for the demo: a coloured scene, a play sign and a few bars. */
	private static MultipartFile photo(String name, String format, Color colour, String banner, int seed) {
		BufferedImage image = new BufferedImage(960, 640, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setPaint(new GradientPaint(0, 0, colour.brighter(), 960, 640, colour.darker()));
			g.fillRect(0, 0, 960, 640);
			java.util.Random random = new java.util.Random(seed);
			for (int i = 0; i < 14; i++) {
				int size = 40 + random.nextInt(90);
				g.setColor(new Color(255, 255, 255, 40 + random.nextInt(60)));
				g.fillOval(random.nextInt(900), 120 + random.nextInt(440), size, size);
			}
			g.setColor(new Color(255, 255, 255, 220));
			g.setStroke(new BasicStroke(6));
			g.drawRoundRect(60, 60, 840, 520, 40, 40);
			// shapes only, no text: a server may have no fonts
			g.fillPolygon(new int[] { 120, 120, 230 }, new int[] { 130, 270, 200 }, 3);
			for (int i = 0; i < banner.length(); i++) {
				g.fillRect(280 + i * 70, 270 - (banner.charAt(i) % 7 + 2) * 18, 50, (banner.charAt(i) % 7 + 2) * 18);
			}
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new DemoFile("file", name, "jpg".equals(format) ? "image/jpeg" : "image/png", out.toByteArray());
	}

}
