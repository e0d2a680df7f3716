/**
 * 非法用工单位伤亡人员一次性赔偿 (《工伤保险条例》 art. 66; 《非法用工单位伤亡人员一次性赔偿办法》, 人力资源社会保障部令第9号, in force 2011-01-01): what
 * a unit without licence or registration, or one that used child labour, owes a worker it injured
 * or the worker's close relatives — the living allowance and costs before the appraisal (art. 4),
 * the one-time compensation by grade (art. 5), or on death (art. 6). A registered calculation, kind
 * {@code "illegal-employment"}.
 */
package org.laborcalc.illegal;
