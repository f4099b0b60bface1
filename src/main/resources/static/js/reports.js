// Draws the dashboard's charts from the data the page carries in data attributes.
document.addEventListener('DOMContentLoaded', function () {
    var holder = document.getElementById('report-charts');
    if (!holder || typeof echarts === 'undefined') {
        return;
    }
    var data = JSON.parse(holder.dataset.report);
    var labels = holder.dataset;
    var font = getComputedStyle(document.body).fontFamily;
    function draw(id, option) {
        var element = document.getElementById(id);
        if (!element) {
            return;
        }
        option.textStyle = { fontFamily: font };
        option.tooltip = option.tooltip || { trigger: 'axis' };
        // room for the axis labels, such as long team names, inside the chart
        option.grid = { left: 8, right: 16, top: 40, bottom: 8, containLabel: true };
        var chart = echarts.init(element);
        chart.setOption(option);
        window.addEventListener('resize', function () { chart.resize(); });
    }
    function hours(value) { return Number(value); }
    draw('chart-needs', {
        xAxis: { type: 'category', data: [labels.labelPublished, labels.labelMatched] },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'bar', data: [data.needs.published, data.needs.matched] }]
    });
    draw('chart-directions', {
        legend: { data: [labels.labelHours, labels.labelProjects] },
        xAxis: { type: 'category', data: data.directions.map(function (d) { return d.name; }) },
        yAxis: [{ type: 'value' }, { type: 'value', minInterval: 1 }],
        series: [
            { name: labels.labelHours, type: 'bar', data: data.directions.map(function (d) { return hours(d.hours); }) },
            { name: labels.labelProjects, type: 'bar', yAxisIndex: 1, data: data.directions.map(function (d) { return d.projects; }) }
        ]
    });
    draw('chart-months', {
        xAxis: { type: 'category', data: data.months.map(function (m) { return m.month; }) },
        yAxis: { type: 'value' },
        series: [{ name: labels.labelHours, type: 'line', data: data.months.map(function (m) { return hours(m.hours); }) }]
    });
    draw('chart-teams', {
        xAxis: { type: 'value' },
        yAxis: { type: 'category', inverse: true, data: data.teams.map(function (t) { return t.name; }),
                 axisLabel: { width: 160, overflow: 'truncate' } },
        series: [{ name: labels.labelHours, type: 'bar', data: data.teams.map(function (t) { return hours(t.hours); }) }]
    });
});
