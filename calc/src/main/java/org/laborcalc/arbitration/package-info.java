/**
 * The arbitration case: one worker's application to a 劳动人事争议仲裁委员会 with several claims at once
 * (经济补偿, 赔偿金, 代通知金, 二倍工资, 加班费, 未休年休假工资, 拖欠工资, 工伤保险待遇, 非法用工赔偿), kind {@code "arbitration"}. Each
 * claim is read and computed by its own calculation kind, on the facts the case states once (the
 * region, the employment, the termination, the wage evidence); the rules that link claims are
 * applied across them (实施条例 art. 25, 劳动合同法 art. 48); then, per claim, the 仲裁时效 of 劳动争议调解仲裁法 art. 27
 * ({@link org.laborcalc.limitation}) — reported, never removing money — and the finality of art. 47
 * ({@link org.laborcalc.finality}); and the totals. All types are immutable and thread-safe.
 */
package org.laborcalc.arbitration;
