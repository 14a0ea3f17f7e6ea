<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Delete failed tasks</source>
        <translation>删除失败任务</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>Failed tasks to be deleted: %1</source>
        <translation>将删除的失败任务：%1</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… 以及另外 %1 个。</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Resources whose failed tasks will be deleted: %1</source>
        <translation>将删除其失败任务的资源：%1</translation>
    </message>
    <message>
        <source>SDRS deletes failed tasks by resource: every failed task of each resource goes, also those not selected or not shown.</source>
        <translation>SDRS 按资源删除失败任务：每个资源的所有失败任务都会被删除，包括未选中或未显示的失败任务。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Create failed</source>
        <comment>failure status</comment>
        <translation>创建失败</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <comment>failure status</comment>
        <translation>删除失败</translation>
    </message>
    <message>
        <source>Attach failed</source>
        <comment>failure status</comment>
        <translation>挂载失败</translation>
    </message>
    <message>
        <source>Detach failed</source>
        <comment>failure status</comment>
        <translation>卸载失败</translation>
    </message>
    <message>
        <source>Expand failed</source>
        <comment>failure status</comment>
        <translation>扩容失败</translation>
    </message>
    <message>
        <source>Resize failed</source>
        <comment>failure status: specification change</comment>
        <translation>变更规格失败</translation>
    </message>
    <message>
        <source>Start protection failed</source>
        <comment>failure status</comment>
        <translation>开启保护失败</translation>
    </message>
    <message>
        <source>Stop protection failed</source>
        <comment>failure status</comment>
        <translation>停止保护失败</translation>
    </message>
    <message>
        <source>Planned failover failed</source>
        <comment>failure status: reverseFail, a planned failover (switchover)</comment>
        <translation>切换失败</translation>
    </message>
    <message>
        <source>Failover failed</source>
        <comment>failure status</comment>
        <translation>故障切换失败</translation>
    </message>
    <message>
        <source>Re-protection failed</source>
        <comment>failure status</comment>
        <translation>重保护失败</translation>
    </message>
    <message>
        <source>Protection group</source>
        <comment>resource type</comment>
        <translation>保护组</translation>
    </message>
    <message>
        <source>Protected instance</source>
        <comment>resource type</comment>
        <translation>保护实例</translation>
    </message>
    <message>
        <source>Replication pair</source>
        <comment>resource type</comment>
        <translation>复制对</translation>
    </message>
    <message>
        <source>DR drill</source>
        <comment>resource type: disaster recovery drill</comment>
        <translation>容灾演练</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>job status</comment>
        <translation>成功</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>job status</comment>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>job status</comment>
        <translation>失败</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>job status: initialized, not started</comment>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Create protection group</source>
        <comment>job type</comment>
        <translation>创建保护组</translation>
    </message>
    <message>
        <source>Delete protection group</source>
        <comment>job type</comment>
        <translation>删除保护组</translation>
    </message>
    <message>
        <source>Start protection</source>
        <comment>job type</comment>
        <translation>开启保护</translation>
    </message>
    <message>
        <source>Stop protection</source>
        <comment>job type</comment>
        <translation>停止保护</translation>
    </message>
    <message>
        <source>Failover</source>
        <comment>job type: fail a protection group over to the DR site</comment>
        <translation>故障切换</translation>
    </message>
    <message>
        <source>Planned failover</source>
        <comment>job type: reverse a protection group, a planned failover (switchover)</comment>
        <translation>切换</translation>
    </message>
    <message>
        <source>Re-protect</source>
        <comment>job type</comment>
        <translation>重保护</translation>
    </message>
    <message>
        <source>Create protected instance</source>
        <comment>job type</comment>
        <translation>创建保护实例</translation>
    </message>
    <message>
        <source>Delete protected instance</source>
        <comment>job type</comment>
        <translation>删除保护实例</translation>
    </message>
    <message>
        <source>Resize protected instance</source>
        <comment>job type: change the specification (flavor)</comment>
        <translation>变更保护实例规格</translation>
    </message>
    <message>
        <source>Attach replication pair</source>
        <comment>job type</comment>
        <translation>挂载复制对</translation>
    </message>
    <message>
        <source>Detach replication pair</source>
        <comment>job type</comment>
        <translation>卸载复制对</translation>
    </message>
    <message>
        <source>Add NIC</source>
        <comment>job type: add a network interface card to a protected instance</comment>
        <translation>添加网卡</translation>
    </message>
    <message>
        <source>Delete NIC</source>
        <comment>job type: remove a network interface card from a protected instance</comment>
        <translation>删除网卡</translation>
    </message>
    <message>
        <source>Create replication pair</source>
        <comment>job type</comment>
        <translation>创建复制对</translation>
    </message>
    <message>
        <source>Delete replication pair</source>
        <comment>job type</comment>
        <translation>删除复制对</translation>
    </message>
    <message>
        <source>Expand replication pair</source>
        <comment>job type</comment>
        <translation>扩容复制对</translation>
    </message>
    <message>
        <source>Create DR drill</source>
        <comment>job type: disaster recovery drill</comment>
        <translation>创建容灾演练</translation>
    </message>
    <message>
        <source>Delete DR drill</source>
        <comment>job type: disaster recovery drill</comment>
        <translation>删除容灾演练</translation>
    </message>
</context>
<context>
    <name>sdrs::ApiCall</name>
    <message>
        <source>Cancelled.</source>
        <extracomment>The message of a request that was cancelled (by the user or by closing its window).</extracomment>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>sdrs::ApiError</name>
    <message>
        <source>network</source>
        <extracomment>Kind of error at the start of an error line (&quot;network: Connection refused&quot;).</extracomment>
        <translation>网络</translation>
    </message>
    <message>
        <source>timeout</source>
        <extracomment>Kind of error at the start of an error line: no answer in time.</extracomment>
        <translation>超时</translation>
    </message>
    <message>
        <source>auth</source>
        <extracomment>Kind of error at the start of an error line: sign-in refused (authentication).</extracomment>
        <translation>认证</translation>
    </message>
    <message>
        <source>http</source>
        <extracomment>Kind of error at the start of an error line: an HTTP error status.</extracomment>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>decode</source>
        <extracomment>Kind of error at the start of an error line: the answer could not be read.</extracomment>
        <translation>解析</translation>
    </message>
    <message>
        <source>cancelled</source>
        <extracomment>Kind of error at the start of an error line: the request was cancelled.</extracomment>
        <translation>已取消</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <extracomment>An HTTP status at the start of an error line, e.g. &quot;HTTP 404&quot;.</extracomment>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>[request id %1]</source>
        <extracomment>%1 is the id the service gave the request (X-Request-Id), for its support.</extracomment>
        <translation>[请求 ID %1]</translation>
    </message>
    <message>
        <source>not sent</source>
        <extracomment>Kind of error at the start of an error line: the request was refused before it was sent (a bad id, plain HTTP).</extracomment>
        <translation>未发送</translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>Kind of error at the start of an error line: a file or device could not be written.</extracomment>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>sdrs::BrowseController</name>
    <message>
        <source>Loading…</source>
        <extracomment>Busy indicator while a page of failed tasks is requested.</extracomment>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Loading every protection group…</source>
        <translation>正在加载所有保护组…</translation>
    </message>
    <message numerus="yes">
        <source>Loading every protection group: %1 of %2 requests, %Ln rows</source>
        <extracomment>Progress: %1 requests answered of %2 known so far; %Ln rows loaded so far.</extracomment>
        <translation>
            <numerusform>正在加载所有保护组：%1/%2 个请求，%Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing %Ln rows…</source>
        <translation>
            <numerusform>正在准备 %Ln 行…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading every page…</source>
        <translation>正在加载所有页…</translation>
    </message>
</context>
<context>
    <name>sdrs::Connection</name>
    <message>
        <source>The SDRS endpoint &quot;%1&quot; is not a valid URL.</source>
        <extracomment>%1 is the URL as entered.</extracomment>
        <translation>SDRS 终端节点“%1”不是有效的 URL。</translation>
    </message>
    <message>
        <source>No token given.</source>
        <extracomment>The authentication token (X-Auth-Token) is missing.</extracomment>
        <translation>未提供 Token。</translation>
    </message>
    <message>
        <source>No IAM URL given for the password sign-in.</source>
        <translation>未提供用于密码登录的 IAM URL。</translation>
    </message>
    <message>
        <source>The password sign-in needs a user name, a password and a domain.</source>
        <translation>密码登录需要用户名、密码和账号名（domain）。</translation>
    </message>
    <message>
        <source>The password sign-in needs a project id or a project name.</source>
        <translation>密码登录需要项目 ID 或项目名称。</translation>
    </message>
    <message>
        <source>AK/SK signing needs an access key and a secret key.</source>
        <extracomment>AK/SK: access key and secret key, the signing credentials of the cloud.</extracomment>
        <translation>AK/SK 签名需要访问密钥（AK）和秘密访问密钥（SK）。</translation>
    </message>
    <message>
        <source>No SDRS endpoint given.</source>
        <translation>未提供 SDRS 终端节点。</translation>
    </message>
    <message>
        <source>No project id given.</source>
        <translation>未提供项目 ID。</translation>
    </message>
</context>
<context>
    <name>sdrs::ConnectionController</name>
    <message>
        <source>%1 via IAM sign-in as %2</source>
        <extracomment>The connection shown in the window: %1 is the SDRS endpoint URL, %2 the IAM user name.</extracomment>
        <translation>%1，以 %2 身份通过 IAM 登录</translation>
    </message>
    <message>
        <source>Demo data</source>
        <extracomment>The name of the connection to the built-in demo data (like a profile name).</extracomment>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Not connected</source>
        <extracomment>Shown where the connection&apos;s address would be.</extracomment>
        <translation>未连接</translation>
    </message>
    <message>
        <source>There is no connection profile named &quot;%1&quot;.</source>
        <translation>不存在名为“%1”的连接配置。</translation>
    </message>
    <message>
        <source>Reading the profile…</source>
        <translation>正在读取连接配置…</translation>
    </message>
    <message>
        <source>The profile “%1” cannot be used yet: %2 Use Edit… to complete it.</source>
        <extracomment>%1 is the profile&apos;s name, %2 what is missing (sentences).</extracomment>
        <translation>连接配置“%1”尚不可用：%2 请使用“编辑…”将其补全。</translation>
    </message>
    <message>
        <source>No connection yet. Add one with New… in the toolbar, or start the program with --demo to try it on built-in demo data.</source>
        <translation>尚无连接。请通过工具栏中的“新建…”添加连接，或使用 --demo 启动程序，以内置演示数据试用。</translation>
    </message>
    <message>
        <source>Connected. Protection groups in the project: %1.</source>
        <extracomment>The result of &quot;Test connection&quot;; %1 is a number.</extracomment>
        <translation>已连接。项目中的保护组数量：%1。</translation>
    </message>
    <message>
        <source>The connection profile “%1” is deleted. Choose another connection in the toolbar or add one with New…</source>
        <extracomment>%1 is the name of the deleted profile.</extracomment>
        <translation>连接配置“%1”已删除。请在工具栏中选择其他连接，或通过“新建…”添加一个</translation>
    </message>
</context>
<context>
    <name>sdrs::ConnectionSetup</name>
    <message>
        <source>no credentials: set OS_AUTH_TOKEN; or OS_ACCESS_KEY and OS_SECRET_KEY; or OS_AUTH_URL, OS_USERNAME, OS_PASSWORD and OS_USER_DOMAIN_NAME; or %1</source>
        <extracomment>A usage error; the names are environment variables. %1 names the other ways to connect, e.g. &quot;use --profile or --demo&quot;.</extracomment>
        <translation>没有凭据：请设置 OS_AUTH_TOKEN；或 OS_ACCESS_KEY 和 OS_SECRET_KEY；或 OS_AUTH_URL、OS_USERNAME、OS_PASSWORD 和 OS_USER_DOMAIN_NAME；或%1</translation>
    </message>
    <message>
        <source>--signing must be a or b, not &quot;%1&quot;</source>
        <translation>--signing 必须为 a 或 b，而不是“%1”</translation>
    </message>
    <message>
        <source>there is no saved profile named &quot;%1&quot; (none are saved)</source>
        <translation>不存在名为“%1”的已保存连接配置（没有任何已保存的连接配置）</translation>
    </message>
    <message>
        <source>there is no saved profile named &quot;%1&quot; (saved: %2)</source>
        <translation>不存在名为“%1”的已保存连接配置（已保存：%2）</translation>
    </message>
</context>
<context>
    <name>sdrs::DeleteController</name>
    <message>
        <source>A delete is still running.</source>
        <translation>仍有删除正在进行。</translation>
    </message>
    <message>
        <source>Counting the failed tasks to delete…</source>
        <translation>正在统计要删除的失败任务…</translation>
    </message>
    <message>
        <source>The failed tasks to delete could not be counted; nothing was deleted. %1</source>
        <extracomment>%1 is the reason (sentences).</extracomment>
        <translation>无法统计要删除的失败任务，未删除任何内容。%1</translation>
    </message>
    <message>
        <source>Nothing was deleted: the connection changed while the question was open.</source>
        <translation>未删除任何内容：确认对话框打开期间连接已更改。</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <source>Deleting: %1 of %2</source>
        <extracomment>Progress: %1 deletes done of %2.</extracomment>
        <translation>正在删除：%1/%2</translation>
    </message>
</context>
<context>
    <name>sdrs::DeleteOutcome</name>
    <message>
        <source>Deleted</source>
        <extracomment>The outcome of one delete: the failed tasks were deleted.</extracomment>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Not found (already gone)</source>
        <extracomment>The outcome of one delete: the service did not know the failed task (HTTP 404).</extracomment>
        <translation>未找到（已不存在）</translation>
    </message>
    <message>
        <source>unknown error</source>
        <extracomment>The reason of a failed delete when none is known.</extracomment>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>The outcome of one delete: it failed; %1 is the reason.</extracomment>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <extracomment>The outcome of one delete: the request was not sent (the run stopped before it).</extracomment>
        <translation>未尝试</translation>
    </message>
</context>
<context>
    <name>sdrs::DeletePlan</name>
    <message>
        <source>Delete the failed tasks of the selected resource?</source>
        <translation>删除所选资源的失败任务？</translation>
    </message>
    <message numerus="yes">
        <source>Delete the failed tasks of the %Ln selected resources?</source>
        <translation>
            <numerusform>删除所选 %Ln 个资源的失败任务？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete every protection-group-level failed task?</source>
        <translation>删除所有保护组级别的失败任务？</translation>
    </message>
    <message>
        <source>Protection-group level</source>
        <extracomment>What is deleted: the failed tasks that belong to no protection group.</extracomment>
        <translation>保护组级别</translation>
    </message>
    <message>
        <source>Delete every failed task of protection group “%1”?</source>
        <extracomment>%1 is the name of a protection group.</extracomment>
        <translation>删除保护组“%1”的所有失败任务？</translation>
    </message>
    <message>
        <source>There are no protection-group-level failed tasks to delete.</source>
        <translation>没有可删除的保护组级别失败任务。</translation>
    </message>
    <message>
        <source>Protection group “%1” has no failed tasks to delete.</source>
        <extracomment>%1 is the name of a protection group.</extracomment>
        <translation>保护组“%1”没有可删除的失败任务。</translation>
    </message>
    <message>
        <source>Deleted: %1. Not found (already gone): %2. Failed: %3.</source>
        <extracomment>The summary of a delete run: the number of delete requests per outcome.</extracomment>
        <translation>已删除：%1。未找到（已不存在）：%2。失败：%3。</translation>
    </message>
    <message>
        <source>Not attempted: %1.</source>
        <extracomment>Added to the summary of a delete run: %1 delete requests that were not sent.</extracomment>
        <translation>未尝试：%1。</translation>
    </message>
    <message>
        <source>The delete was cancelled.</source>
        <translation>删除已取消。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the %Ln protection-group-level failed tasks.</source>
        <translation>
            <numerusform>已删除 %Ln 个保护组级别的失败任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted the %Ln failed tasks of protection group “%1”.</source>
        <extracomment>%1 is the name of a protection group.</extracomment>
        <translation>
            <numerusform>已删除保护组“%1”的 %Ln 个失败任务。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdrs::EndpointPreset</name>
    <message>
        <source>Open Telekom Cloud eu-de</source>
        <translation>Open Telekom Cloud eu-de</translation>
    </message>
    <message>
        <source>Huawei Cloud AP-Singapore (ap-southeast-3)</source>
        <translation>Huawei Cloud 亚太-新加坡（ap-southeast-3）</translation>
    </message>
    <message>
        <source>Huawei Cloud CN North-Beijing4 (cn-north-4)</source>
        <translation>Huawei Cloud 华北-北京四（cn-north-4）</translation>
    </message>
    <message>
        <source>Huawei Cloud CN South-Guangzhou (cn-south-1)</source>
        <translation>Huawei Cloud 华南-广州（cn-south-1）</translation>
    </message>
    <message>
        <source>Huawei Cloud CN East-Shanghai2 (cn-east-2)</source>
        <translation>Huawei Cloud 华东-上海二（cn-east-2）</translation>
    </message>
    <message>
        <source>Huawei Cloud CN East-Shanghai1 (cn-east-3)</source>
        <translation>Huawei Cloud 华东-上海一（cn-east-3）</translation>
    </message>
    <message>
        <source>Huawei Cloud AF-Johannesburg (af-south-1)</source>
        <translation>Huawei Cloud 非洲-约翰内斯堡（af-south-1）</translation>
    </message>
</context>
<context>
    <name>sdrs::ErrorText</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The request was not sent. %1</source>
        <extracomment>%1 says why the request was not sent, e.g. &quot;The id is empty; nothing was sent.&quot;</extracomment>
        <translation>请求未发送。%1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <extracomment>%1 is the device&apos;s error, e.g. &quot;No space left on device&quot;.</extracomment>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>The SDRS service could not be reached. Check the network, the endpoint and the proxy settings, then refresh.</source>
        <translation>无法连接到 SDRS 服务。请检查网络、终端节点和代理设置，然后刷新。</translation>
    </message>
    <message>
        <source>SDRS did not answer in time. The service or the network may be slow; refresh to try again.</source>
        <translation>SDRS 未及时响应。服务或网络可能较慢；请刷新重试。</translation>
    </message>
    <message>
        <source>Access was denied: this account may not read the failed tasks of this project.</source>
        <translation>访问被拒绝：此账号可能无权读取此项目的失败任务。</translation>
    </message>
    <message>
        <source>Sign-in was refused: the token has expired or the credentials are wrong. Edit the connection profile and sign in again.</source>
        <translation>登录被拒绝：Token 已过期或凭据有误。请编辑连接配置并重新登录。</translation>
    </message>
    <message>
        <source>SDRS answered with something that is not a valid answer (a proxy page or a cut-off response). Refresh to try again.</source>
        <translation>SDRS 返回的内容不是有效响应（代理页面或被截断的响应）。请刷新重试。</translation>
    </message>
    <message>
        <source>SDRS does not know what was asked for (HTTP 404); it may have been deleted meanwhile.</source>
        <translation>SDRS 找不到所请求的内容（HTTP 404）；它可能已被删除。</translation>
    </message>
    <message>
        <source>SDRS is limiting the request rate. Wait a minute, then refresh.</source>
        <translation>SDRS 正在限制请求速率。请等待一分钟，然后刷新。</translation>
    </message>
    <message>
        <source>SDRS reported a problem on its side (HTTP %1). Refresh to try again; if it persists, report the request id.</source>
        <translation>SDRS 报告其服务端出现问题（HTTP %1）。请刷新重试；如果问题持续存在，请报告请求 ID。</translation>
    </message>
    <message>
        <source>SDRS refused the request: %1</source>
        <translation>SDRS 拒绝了请求：%1</translation>
    </message>
    <message>
        <source>SDRS refused the request (HTTP %1).</source>
        <translation>SDRS 拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态：%1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理措施：%1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>消息：%1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>请求：%1</translation>
    </message>
    <message>
        <source>Encoded authorization message: %1</source>
        <extracomment>%1 is IAM&apos;s encoded_authorization_message, which an administrator can decode.</extracomment>
        <translation>编码的授权信息：%1</translation>
    </message>
</context>
<context>
    <name>sdrs::ExportController</name>
    <message>
        <source>Export to CSV</source>
        <extracomment>Title of the progress window of an export.</extracomment>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>仍有导出正在进行。</translation>
    </message>
    <message>
        <source>There is no connection to fetch the rows from.</source>
        <translation>没有可用于获取行的连接。</translation>
    </message>
    <message>
        <source>Fetching every page of the current query…</source>
        <translation>正在获取当前查询的所有页…</translation>
    </message>
    <message>
        <source>Fetching every page of the current query: %1 of %2 requests, %3 of %4 rows</source>
        <extracomment>Progress: %1 requests answered of %2 known so far; %3 rows fetched of %4 expected.</extracomment>
        <translation>正在获取当前查询的所有页：%1/%2 个请求，%3/%4 行</translation>
    </message>
    <message>
        <source>The rows could not be fetched; nothing was written. %1</source>
        <extracomment>%1 is the reason (sentences).</extracomment>
        <translation>无法获取行，未写入任何内容。%1</translation>
    </message>
    <message>
        <source>%1 was created while the rows were fetched. Replace it?</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>获取行期间已有人创建了 %1。是否替换？</translation>
    </message>
    <message numerus="yes">
        <source>Writing %Ln rows to %1…</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>
            <numerusform>正在将 %Ln 行写入 %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>导出已取消，未写入 %1。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <extracomment>The outcome of an export the user cancelled.</extracomment>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The export failed. %1</source>
        <extracomment>%1 is the reason (sentences).</extracomment>
        <translation>导出失败。%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows to %1.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>
            <numerusform>已将 %Ln 行导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdrs::FailureJobModel</name>
    <message>
        <source>These rows are from an earlier answer: the last request for this list failed.</source>
        <extracomment>Tooltip of every row while the list shows an older answer.</extracomment>
        <translation>这些行来自先前的响应：此列表的最近一次请求失败。</translation>
    </message>
    <message>
        <source>New since an earlier refresh.</source>
        <extracomment>Tooltip of a row marked new: it was not there before the last refresh.</extracomment>
        <translation>自先前的刷新以来新增。</translation>
    </message>
    <message>
        <source>Not a time this program understands: %1</source>
        <extracomment>%1 is the time text as the service sent it.</extracomment>
        <translation>本程序无法识别的时间：%1</translation>
    </message>
    <message>
        <source>%1 local time
%2 UTC</source>
        <extracomment>Tooltip of a time: %1 local time, %2 the same time in UTC.</extracomment>
        <translation>%1（本地时间）
%2（UTC）</translation>
    </message>
    <message>
        <source>When the task began (local time)</source>
        <translation>任务开始的时间（本地时间）</translation>
    </message>
    <message>
        <source>Begin time</source>
        <extracomment>Column title: when the failed task began.</extracomment>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>The operation that failed</source>
        <translation>失败的操作</translation>
    </message>
    <message>
        <source>Failure status</source>
        <extracomment>Column title: what failed (create, delete, failover, ...).</extracomment>
        <translation>失败状态</translation>
    </message>
    <message>
        <source>The name of the resource the task worked on</source>
        <translation>任务所操作的资源的名称</translation>
    </message>
    <message>
        <source>Resource name</source>
        <extracomment>Column title: the name of the protection group, instance, pair or drill.</extracomment>
        <translation>资源名称</translation>
    </message>
    <message>
        <source>The kind of resource</source>
        <translation>资源的类型</translation>
    </message>
    <message>
        <source>Resource type</source>
        <extracomment>Column title: the kind of resource (protection group, protected instance, ...).</extracomment>
        <translation>资源类型</translation>
    </message>
    <message>
        <source>The SDRS job type</source>
        <translation>SDRS 作业类型</translation>
    </message>
    <message>
        <source>Job type</source>
        <extracomment>Column title: the SDRS job type, e.g. createProtectedInstanceNoCG.</extracomment>
        <translation>作业类型</translation>
    </message>
    <message>
        <source>The error code, e.g. SDRS.1306</source>
        <translation>错误码，例如 SDRS.1306</translation>
    </message>
    <message>
        <source>Error code</source>
        <extracomment>Column title: an error code like SDRS.1306.</extracomment>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Fail reason</source>
        <extracomment>Column title: the failure reason the service gave.</extracomment>
        <translation>失败原因</translation>
    </message>
    <message>
        <source>The resource&apos;s ID</source>
        <translation>资源的 ID</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <extracomment>Column title: the id of the resource the task worked on.</extracomment>
        <translation>资源 ID</translation>
    </message>
    <message>
        <source>The job&apos;s ID, usable to look up the job</source>
        <translation>作业的 ID，可用于查询该作业</translation>
    </message>
    <message>
        <source>Job ID</source>
        <extracomment>Column title: the id of the SDRS job.</extracomment>
        <translation>作业 ID</translation>
    </message>
    <message>
        <source>Why the task failed: the most specific message in the fail reason, else the error code&apos;s meaning (the tooltip shows the whole reason)</source>
        <translation>任务失败的原因：失败原因中最具体的消息，否则为错误码的含义（工具提示显示完整原因）</translation>
    </message>
    <message>
        <source>Protection-group level: the task belongs to no particular protection group</source>
        <extracomment>Tooltip of the protection group cell of a row that belongs to no group.</extracomment>
        <translation>保护组级别：该任务不属于任何特定保护组</translation>
    </message>
    <message>
        <source>%1
ID: %2</source>
        <extracomment>Tooltip of the protection group cell: %1 the group&apos;s name, %2 its ID.</extracomment>
        <translation>%1
ID：%2</translation>
    </message>
    <message>
        <source>Protection group</source>
        <extracomment>Column title: the name of the protection group a failed task belongs to.</extracomment>
        <translation>保护组</translation>
    </message>
    <message>
        <source>The protection group the task belongs to (empty at the protection-group level)</source>
        <translation>任务所属的保护组（保护组级别时为空）</translation>
    </message>
    <message>
        <source>Gone: deleted by this program on %1.</source>
        <translation>已消失：本程序于 %1 删除。</translation>
    </message>
    <message>
        <source>Gone: no longer listed by the service since %1.</source>
        <translation>已消失：自 %1 起服务不再列出。</translation>
    </message>
    <message>
        <source>Acknowledged on %1.</source>
        <extracomment>Tooltip of an acknowledged row: %1 when it was acknowledged.</extracomment>
        <translation>已于 %1 确认。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <extracomment>Tooltip of an acknowledged row: %1 the note given with the acknowledgement.</extracomment>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>New since you last looked.</source>
        <extracomment>Tooltip of a row marked new by the local history.</extracomment>
        <translation>自您上次查看以来新增。</translation>
    </message>
</context>
<context>
    <name>sdrs::HistoryController</name>
    <message>
        <source>The history is not in use.</source>
        <translation>未使用历史记录。</translation>
    </message>
    <message>
        <source>The history on this computer was damaged; it was moved aside to %1 and a new one was started.</source>
        <extracomment>%1 is the path of the damaged history file, kept under a dated name.</extracomment>
        <translation>本计算机上的历史记录已损坏；已将其移至 %1 并新建了一个。</translation>
    </message>
    <message>
        <source>The acknowledgement could not be saved. %1</source>
        <translation>无法保存确认。%1</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n failed task(s).</source>
        <extracomment>In the status bar after Acknowledge….</extracomment>
        <translation>
            <numerusform>已确认 %n 个失败任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>The acknowledgement could not be taken back. %1</source>
        <translation>无法撤销确认。%1</translation>
    </message>
</context>
<context>
    <name>sdrs::JobTreeModel</name>
    <message>
        <source>%1 local time
%2 UTC</source>
        <extracomment>Tooltip of a time cell: %1 the local time, %2 the same time in UTC.</extracomment>
        <translation>%1（本地时间）
%2（UTC）</translation>
    </message>
    <message>
        <source>%1: %2
What to do: %3</source>
        <extracomment>Tooltip of an error code: %1 the code, %2 what it means, %3 what to do about it.</extracomment>
        <translation>%1：%2
处理措施：%3</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column header: the job&apos;s status (success, running, failed).</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column header: the kind of job, e.g. createProtectedInstance.</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Begin</source>
        <extracomment>Column header: when the job began.</extracomment>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <extracomment>Column header: when the job ended.</extracomment>
        <translation>结束</translation>
    </message>
    <message>
        <source>Duration</source>
        <extracomment>Column header: how long the job ran.</extracomment>
        <translation>时长</translation>
    </message>
    <message>
        <source>Error code</source>
        <extracomment>Column header: an error code like SDRS.1306.</extracomment>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Fail reason</source>
        <extracomment>Column header: the failure reason the service gave.</extracomment>
        <translation>失败原因</translation>
    </message>
    <message>
        <source>Job ID</source>
        <extracomment>Column header: the id of the job.</extracomment>
        <translation>作业 ID</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration: %1 hours, %2 minutes (two digits).</extracomment>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>A duration: %1 minutes, %2 seconds (two digits).</extracomment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration: %1 seconds.</extracomment>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>sdrs::ProfileStore</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>连接配置需要名称。</translation>
    </message>
    <message>
        <source>There is no saved profile named “%1”.</source>
        <translation>不存在名为“%1”的已保存连接配置。</translation>
    </message>
    <message>
        <source>The secrets of “%1” are not known in this session: enter them again. %2</source>
        <extracomment>%1 is a profile name, %2 a sentence about where secrets are stored.</extracomment>
        <translation>本次会话中没有“%1”的凭据，请重新输入。%2</translation>
    </message>
    <message>
        <source>The secrets stored for “%1” in the system keychain are damaged: enter them again.</source>
        <translation>系统密钥环中为“%1”存储的凭据已损坏，请重新输入。</translation>
    </message>
    <message>
        <source>The system keychain holds no secrets for “%1”: enter them again.</source>
        <translation>系统密钥环中没有“%1”的凭据，请重新输入。</translation>
    </message>
    <message>
        <source>The secrets of “%1” could not be read. %2</source>
        <extracomment>%1 is a profile name, %2 a sentence about where secrets are stored.</extracomment>
        <translation>无法读取“%1”的凭据。%2</translation>
    </message>
    <message>
        <source>Secrets are stored in the system keychain, or for this session only when no keychain service answers.</source>
        <translation>凭据存储在系统密钥环中；如果没有密钥环服务响应，则仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain.</source>
        <translation>凭据保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>The system keychain is not used: passwords are kept only until the program closes.</source>
        <translation>未使用系统密钥环：密码仅保留到程序关闭为止。</translation>
    </message>
    <message>
        <source>The system keychain refused access: passwords are kept only until the program closes.</source>
        <translation>系统密钥环拒绝访问：密码仅保留到程序关闭为止。</translation>
    </message>
    <message>
        <source>The system keychain is not available: passwords are kept only until the program closes.</source>
        <translation>系统密钥环不可用：密码仅保留到程序关闭为止。</translation>
    </message>
    <message>
        <source>No keychain service answered within %1 seconds.</source>
        <extracomment>The details of &quot;The system keychain is not available: ...&quot;. %1 is a number.</extracomment>
        <translation>没有密钥环服务在 %1 秒内响应。</translation>
    </message>
</context>
<context>
    <name>sdrs::RelativeTime</name>
    <message>
        <source>in the future</source>
        <extracomment>A time after the present (the clocks differ).</extracomment>
        <translation>将来的时间</translation>
    </message>
    <message>
        <source>just now</source>
        <extracomment>A time less than a minute ago.</extracomment>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <extracomment>Minutes ago, short.</extracomment>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <extracomment>Hours ago, short.</extracomment>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <extracomment>Days ago, short.</extracomment>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdrs::RowWriter</name>
    <message>
        <source>The data could not be written.</source>
        <translation>无法写入数据。</translation>
    </message>
</context>
<context>
    <name>sdrs::SafeFile</name>
    <message>
        <source>unknown error</source>
        <extracomment>The reason of a failed write when the system gave none.</extracomment>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <extracomment>%1 is a file path, %2 the reason (a sentence).</extracomment>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; was cancelled; what was already written to it stays (it is not an ordinary file).</source>
        <extracomment>%1 is a pipe or a device (not an ordinary file), written directly.</extracomment>
        <translation>写入&quot;%1&quot;已取消；已写入的内容保留（它不是普通文件）。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2 What was already written to it stays (it is not an ordinary file).</source>
        <extracomment>%1 is a pipe or a device (not an ordinary file), %2 the reason (a sentence).</extracomment>
        <translation>无法写入&quot;%1&quot;：%2 已写入的内容保留（它不是普通文件）。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: it is a folder.</source>
        <extracomment>%1 is a path.</extracomment>
        <translation>无法写入&quot;%1&quot;：它是一个文件夹。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: it is neither an ordinary file nor a pipe nor a character device; nothing was written.</source>
        <extracomment>%1 is a path that is a block device or a socket.</extracomment>
        <translation>无法写入&quot;%1&quot;：它既不是普通文件，也不是管道或字符设备；未写入任何内容。</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; was cancelled; nothing was saved.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>写入“%1”已取消，未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>sdrs::SdrsClient</name>
    <message>
        <source>the server counts %1 failed tasks, more than can be paged through</source>
        <extracomment>The end of &quot;The failed tasks of ... could not be read: ...&quot;. %1 is a very large number.</extracomment>
        <translation>服务器统计有 %1 个失败任务，超出了可分页读取的范围</translation>
    </message>
    <message numerus="yes">
        <source>its failed tasks kept changing while they were read, %n times in a row (the last count was %1). Try again.</source>
        <extracomment>The end of &quot;The failed tasks of ... could not be read: ...&quot;. %n is how often they were read again, %1 the number of failed tasks the server counted last.</extracomment>
        <translation>
            <numerusform>读取期间其失败任务不断变化，已连续 %n 次（最后一次计数为 %1）。请重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The protection-group-level failed tasks could not be read: %1</source>
        <extracomment>%1 is the reason.</extracomment>
        <translation>无法读取保护组级别的失败任务：%1</translation>
    </message>
    <message>
        <source>The failed tasks of protection group &quot;%1&quot; (%2) could not be read: %3</source>
        <extracomment>%1 is the name of the protection group, %2 its id, %3 the reason.</extracomment>
        <translation>无法读取保护组“%1”（%2）的失败任务：%3</translation>
    </message>
    <message>
        <source>The answer could not be read: %1</source>
        <extracomment>%1 says what is wrong with the service&apos;s answer, e.g. &quot;the body is not a JSON object&quot;.</extracomment>
        <translation>无法读取响应：%1</translation>
    </message>
    <message>
        <source>No SDRS endpoint is configured and the sign-in catalog names none.</source>
        <extracomment>The sign-in catalog: the list of service endpoints IAM returns with a token.</extracomment>
        <translation>未配置 SDRS 终端节点，登录返回的服务目录中也没有。</translation>
    </message>
    <message>
        <source>No complete answer within %1 s.</source>
        <extracomment>%1 is the transfer timeout in seconds, e.g. 30 or 2.5.</extracomment>
        <translation>%1 秒内未收到完整响应。</translation>
    </message>
    <message>
        <source>The connection closed after %1 of %2 bytes.</source>
        <extracomment>%1 bytes received of the %2 bytes the answer announced (Content-Length).</extracomment>
        <translation>连接在收到 %1/%2 字节后关闭。</translation>
    </message>
    <message>
        <source>The server answered the same protection groups for offset %1 again; the list is incomplete.</source>
        <extracomment>%1 is a position in the list of protection groups (the API&apos;s &quot;offset&quot;).</extracomment>
        <translation>服务器对偏移量 %1 再次返回了相同的保护组，列表不完整。</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; holds no readable PEM certificate.</source>
        <extracomment>%1 is the path of the file with the certificate authorities to trust.</extracomment>
        <translation>CA 文件“%1”中没有可读取的 PEM 证书。</translation>
    </message>
    <message>
        <source>IAM sign-in failed: %1</source>
        <extracomment>IAM: the cloud&apos;s identity service. %1 is its reason.</extracomment>
        <translation>IAM 登录失败：%1</translation>
    </message>
    <message>
        <source>Only %1 of the %2 failed tasks the server counts were read: one load stops at %3 rows. The list is incomplete.</source>
        <extracomment>%1 rows read of %2 the server counts; %3 is the limit of one load. Numbers have digit grouping.</extracomment>
        <translation>服务器统计了 %2 个失败任务，只读取了其中 %1 个：一次加载最多读取 %3 行。列表不完整。</translation>
    </message>
    <message>
        <source>The project id cannot be used: %1</source>
        <extracomment>%1 says why the project id cannot be part of a URL.</extracomment>
        <translation>无法使用该项目 ID：%1</translation>
    </message>
    <message>
        <source>The answer is too large: more than %1 MiB. It was not read further.</source>
        <extracomment>%1 is a size in MiB, e.g. 64. The answer was cut off while it arrived.</extracomment>
        <translation>响应过大：超过 %1 MiB。已停止读取。</translation>
    </message>
    <message>
        <source>The answer&apos;s Content-Length header is not one valid size (&quot;%1&quot;).</source>
        <extracomment>%1 is the header&apos;s value as received.</extracomment>
        <translation>响应的 Content-Length 头不是一个有效的大小（&quot;%1&quot;）。</translation>
    </message>
    <message>
        <source>The answer&apos;s compressed body was refused while it was unpacked: it is damaged, or unpacks to far more than was sent (%1).</source>
        <extracomment>%1 is the network layer&apos;s reason.</extracomment>
        <translation>解压响应的压缩内容时被拒绝：内容已损坏，或解压后远大于实际发送的数据（%1）。</translation>
    </message>
    <message>
        <source>The answer&apos;s body could not be received: %1</source>
        <translation>无法接收响应内容：%1</translation>
    </message>
    <message>
        <source>The service redirected the request to %1; a redirect to another host, or one too many, is not followed.</source>
        <extracomment>%1 is the URL the service redirected to.</extracomment>
        <translation>服务将请求重定向到 %1；不会跟随指向其他主机的重定向或过多的重定向。</translation>
    </message>
    <message>
        <source>The server kept sending protection groups; the list was stopped after %1 of them and is incomplete.</source>
        <extracomment>%1 is a number of protection groups (with digit grouping).</extracomment>
        <translation>服务器不断发送保护组；列表在 %1 个之后停止，不完整。</translation>
    </message>
    <message>
        <source>Only %1 failed tasks were read, and the server has more: one load stops at %2 rows. The list is incomplete.</source>
        <extracomment>%1 rows read; %2 is the limit of one load. Numbers have digit grouping.</extracomment>
        <translation>仅读取了 %1 个失败任务，服务器上还有更多：一次加载最多 %2 行。列表不完整。</translation>
    </message>
</context>
<context>
    <name>sdrs::Since</name>
    <message>
        <source>&quot;%1&quot; is neither a duration (30m, 24h, 7d, 2w, or added up as 1d12h) nor an ISO 8601 time (2026-11-20T11:00:00Z; with an offset 2026-11-20T12:00:00+01:00; without one, local time)</source>
        <extracomment>%1 is what the user gave. Keep the examples (30m, 24h, ...) as they are.</extracomment>
        <translation>“%1”既不是时长（30m、24h、7d、2w，或组合如 1d12h），也不是 ISO 8601 时间（2026-11-20T11:00:00Z；带偏移 2026-11-20T12:00:00+01:00；不带偏移则为本地时间）</translation>
    </message>
</context>
<context>
    <name>sdrs::Summary</name>
    <message>
        <source>(protection-group level)</source>
        <translation>（保护组级别）</translation>
    </message>
</context>
<context>
    <name>sdrs::TicketMarkdown</name>
    <message>
        <source>%1 (%2)</source>
        <comment>name (id)</comment>
        <extracomment>A resource in a ticket: %1 its name, %2 its id.</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>sdrs::cli</name>
    <message>
        <source>interrupted by %1</source>
        <translation>被 %1 中断</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>Connection: --demo (built-in emulator), --profile NAME (a saved profile, its secret from the keychain), or the environment: OS_AUTH_TOKEN; or OS_ACCESS_KEY and OS_SECRET_KEY (or HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK; OS_SECURITY_TOKEN for temporary keys); or OS_AUTH_URL, OS_USERNAME, OS_PASSWORD and OS_USER_DOMAIN_NAME (or OS_DOMAIN_NAME). When several are set: token, then AK/SK, then password. The project: --project-id or OS_PROJECT_ID, --project-name or OS_PROJECT_NAME (password sign-in only). OS_CACERT names extra CA certificates. --endpoint may be left out with the password sign-in (the token&apos;s catalog names it). Secrets are never taken from options.</source>
        <translation>连接：--demo（内置模拟器）、--profile NAME（已保存的连接配置，其凭据取自密钥环），或环境变量：OS_AUTH_TOKEN；或 OS_ACCESS_KEY 和 OS_SECRET_KEY（或 HUAWEICLOUD_SDK_AK 和 HUAWEICLOUD_SDK_SK；临时密钥另需 OS_SECURITY_TOKEN）；或 OS_AUTH_URL、OS_USERNAME、OS_PASSWORD 和 OS_USER_DOMAIN_NAME（或 OS_DOMAIN_NAME）。设置了多种时，优先顺序为：Token、AK/SK、密码。项目：--project-id 或 OS_PROJECT_ID，--project-name 或 OS_PROJECT_NAME（仅限密码登录）。OS_CACERT 指定额外的 CA 证书。使用密码登录时可省略 --endpoint（由 Token 的服务目录提供）。凭据从不从选项中读取。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>SDRS endpoint, e.g. https://sdrs.eu-de.otc.t-systems.com.</source>
        <translation>SDRS 终端节点，例如 https://sdrs.eu-de.otc.t-systems.com。</translation>
    </message>
    <message>
        <source>Project id (default: $OS_PROJECT_ID).</source>
        <translation>项目 ID（默认：$OS_PROJECT_ID）。</translation>
    </message>
    <message>
        <source>Project name for the password sign-in (default: $OS_PROJECT_NAME).</source>
        <translation>用于密码登录的项目名称（默认：$OS_PROJECT_NAME）。</translation>
    </message>
    <message>
        <source>AK/SK signing variant: a (Huawei Cloud SDKs, the default) or b (OTC SDKs).</source>
        <translation>AK/SK 签名方式：a（Huawei Cloud SDK，默认）或 b（OTC SDK）。</translation>
    </message>
    <message>
        <source>Use a saved connection profile of the window.</source>
        <translation>使用窗口程序中保存的连接配置。</translation>
    </message>
    <message>
        <source>Use the built-in demo server (generated data).</source>
        <translation>使用内置演示服务器（生成的数据）。</translation>
    </message>
    <message>
        <source>%1: %2 (see sdrs-failures %1 --help)</source>
        <translation>%1：%2（参见 sdrs-failures %1 --help）</translation>
    </message>
    <message>
        <source>--demo excludes --endpoint and --profile</source>
        <translation>--demo 不能与 --endpoint 或 --profile 同时使用</translation>
    </message>
    <message>
        <source>cannot start the demo server: %1</source>
        <translation>无法启动演示服务器：%1</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>连接配置“%1”：%2</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数，而不是“%4”</translation>
    </message>
    <message>
        <source>no protection group has the id or name &quot;%1&quot; (%2 groups listed)</source>
        <translation>没有 ID 或名称为“%1”的保护组（已列出 %2 个保护组）</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; fits %2 protection groups (%3): give the id</source>
        <translation>名称“%1”匹配 %2 个保护组（%3）：请指定 ID</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation>无法写入 %1：它是一个文件夹</translation>
    </message>
    <message>
        <source>cannot write %1: %2 is not a folder</source>
        <translation>无法写入 %1：%2 不是文件夹</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>无法写入 %1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 is not writable</source>
        <translation>无法写入 %1：文件夹 %2 不可写</translation>
    </message>
    <message>
        <source>Writes failed tasks as CSV (RFC 4180, UTF-8, CRLF), JSON (an array of objects keyed by the column names) or an aligned text table. Without --group or --all-groups: the protection-group level. Without --all-pages or --all-groups: one request (--limit, default 1000, the API&apos;s maximum; --offset). CSV cells starting with = + - @, a tab or a carriage return get a leading &apos; so that spreadsheets do not run them (--no-neutralise: as received). -o writes the file only when everything succeeded (any format); nothing is left behind after an error or an interruption.</source>
        <translation>以 CSV（RFC 4180、UTF-8、CRLF）、JSON（以列名为键的对象数组）或对齐的文本表格输出失败任务。未指定 --group 或 --all-groups 时：保护组级别。未指定 --all-pages 或 --all-groups 时：只发送一个请求（--limit，默认 1000，即 API 的最大值；--offset）。以 = + - @、制表符或回车符开头的 CSV 单元格会加上前导 &apos;，使电子表格不会执行它们（--no-neutralise：按原样输出）。-o 仅在全部成功时才写入文件（任何格式）；出错或中断后不会留下任何文件。</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output (&quot;-&quot;: standard output).</source>
        <translation>写入 FILE 而不是标准输出（&quot;-&quot;：标准输出）。</translation>
    </message>
    <message>
        <source>csv (the default), json or table.</source>
        <translation>csv（默认）、json 或 table。</translation>
    </message>
    <message>
        <source>Only this failure_status, e.g. createFail.</source>
        <translation>仅此 failure_status，例如 createFail。</translation>
    </message>
    <message>
        <source>A protection group by id or name (exact, then in any letter case) instead of the group level.</source>
        <translation>按 ID 或名称（先精确匹配，再不区分大小写）指定一个保护组，代替保护组级别。</translation>
    </message>
    <message>
        <source>Every protection group and the group level, every page.</source>
        <translation>所有保护组及保护组级别，所有页。</translation>
    </message>
    <message>
        <source>Only this resource_type (server_groups, protected_instances, replications, disaster_recovery_drills).</source>
        <translation>仅此 resource_type（server_groups、protected_instances、replications、disaster_recovery_drills）。</translation>
    </message>
    <message>
        <source>Only resources whose name contains NAME.</source>
        <translation>仅名称包含 NAME 的资源。</translation>
    </message>
    <message>
        <source>Rows of the one request, 1 to 1000 (default 1000).</source>
        <translation>单个请求的行数，1 到 1000（默认 1000）。</translation>
    </message>
    <message>
        <source>Rows to skip in the one request (default 0).</source>
        <translation>单个请求中要跳过的行数（默认 0）。</translation>
    </message>
    <message>
        <source>Every page of the group level or of --group.</source>
        <translation>保护组级别或 --group 的所有页。</translation>
    </message>
    <message>
        <source>Comma-separated columns, named as the API names them: job_id, job_type, job_status, failure_status, resource_type, resource_id, resource_name, begin_time, begin_time_local, error_code, fail_reason, server_group_id, server_group_name (default: all but begin_time_local).</source>
        <translation>以逗号分隔的列，名称与 API 中一致：job_id, job_type, job_status, failure_status, resource_type, resource_id, resource_name, begin_time, begin_time_local, error_code, fail_reason, server_group_id, server_group_name（默认：除 begin_time_local 外的所有列）。</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte order mark (for Excel).</source>
        <translation>CSV：以 UTF-8 字节顺序标记（BOM）开头（用于 Excel）。</translation>
    </message>
    <message>
        <source>CSV: write cells as received, without the &apos; before = + - @.</source>
        <translation>CSV：按原样写入单元格，不在 = + - @ 前加 &apos;。</translation>
    </message>
    <message>
        <source>CSV and table: no header line.</source>
        <translation>CSV 和 table：不输出标题行。</translation>
    </message>
    <message>
        <source>--format must be csv, json or table, not &quot;%1&quot;</source>
        <translation>--format 必须为 csv、json 或 table，而不是“%1”</translation>
    </message>
    <message>
        <source>--bom and --no-neutralise are for --format csv</source>
        <translation>--bom 和 --no-neutralise 仅适用于 --format csv</translation>
    </message>
    <message>
        <source>--no-header is for --format csv and table</source>
        <translation>--no-header 仅适用于 --format csv 和 table</translation>
    </message>
    <message>
        <source>unknown --status &quot;%1&quot;; valid: %2</source>
        <translation>未知的 --status“%1”；有效值：%2</translation>
    </message>
    <message>
        <source>--all-groups and --group exclude each other</source>
        <translation>--all-groups 和 --group 不能同时使用</translation>
    </message>
    <message>
        <source>--limit and --offset choose one page; --all-pages and --all-groups read every page</source>
        <translation>--limit 和 --offset 用于选择一页；--all-pages 和 --all-groups 读取所有页</translation>
    </message>
    <message>
        <source>cannot list the protection groups</source>
        <translation>无法列出保护组</translation>
    </message>
    <message>
        <source>%1 of %2 requests, %3 of %4 rows</source>
        <translation>%1/%2 个请求，%3/%4 行</translation>
    </message>
    <message>
        <source>cannot read the failed tasks</source>
        <translation>无法读取失败任务</translation>
    </message>
    <message>
        <source>note: rows %1 to %2 of %3; --all-pages reads every page</source>
        <translation>注意：第 %1 到 %2 行，共 %3 行；--all-pages 读取所有页</translation>
    </message>
    <message>
        <source>Lists the protection groups: a table (id, name, status, counts, last update), CSV (every field, named as the API names them) or JSON (the API&apos;s objects).</source>
        <translation>列出保护组：表格（ID、名称、状态、数量、最后更新时间）、CSV（所有字段，名称与 API 中一致）或 JSON（API 的对象）。</translation>
    </message>
    <message>
        <source>table (the default), csv or json.</source>
        <translation>table（默认）、csv 或 json。</translation>
    </message>
    <message>
        <source>Only groups whose name contains NAME (matched by the service).</source>
        <translation>仅名称包含 NAME 的保护组（由服务匹配）。</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>写入 FILE 而不是标准输出。</translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not &quot;%1&quot;</source>
        <translation>--format 必须为 table、csv 或 json，而不是“%1”</translation>
    </message>
    <message>
        <source>begin %1</source>
        <translation>开始 %1</translation>
    </message>
    <message>
        <source>end %1</source>
        <translation>结束 %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>耗时 %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>sub-jobs: %1</source>
        <translation>子作业：%1</translation>
    </message>
    <message>
        <source>Shows a job (GET /jobs/{job_id}) and its sub-job tree as indented text: status, type, id, begin and end (UTC), error code and fail reason, entities. --format json prints the service&apos;s answer exactly as received.</source>
        <translation>以缩进文本显示作业（GET /jobs/{job_id}）及其子作业树：状态、类型、ID、开始和结束时间（UTC）、错误码和失败原因、实体。--format json 按原样输出服务的响应。</translation>
    </message>
    <message>
        <source>text (the default) or json.</source>
        <translation>text（默认）或 json。</translation>
    </message>
    <message>
        <source>The job_id of a failed task.</source>
        <translation>失败任务的 job_id。</translation>
    </message>
    <message>
        <source>job: give exactly one JOB_ID (see sdrs-failures job --help)</source>
        <translation>job：请只指定一个 JOB_ID（参见 sdrs-failures job --help）</translation>
    </message>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;</source>
        <translation>--format 必须为 text 或 json，而不是“%1”</translation>
    </message>
    <message>
        <source>cannot read the job %1</source>
        <translation>无法读取作业 %1</translation>
    </message>
    <message>
        <source>failed task %1</source>
        <translation>失败任务 %1</translation>
    </message>
    <message>
        <source>every protection-group-level failed task</source>
        <translation>所有保护组级别的失败任务</translation>
    </message>
    <message>
        <source>every failed task of group %1</source>
        <translation>保护组 %1 的所有失败任务</translation>
    </message>
    <message>
        <source>every failed task of group &quot;%1&quot; (%2)</source>
        <translation>保护组“%1”（%2）的所有失败任务</translation>
    </message>
    <message>
        <source>Deletes failed tasks: by resource_id (the id the API&apos;s delete takes; see the README), every failed task of the protection-group level, or every failed task of a group. Nothing is deleted without --yes. Prints one line per target and a summary; a target that is already gone (404) counts as done. Exit code 0 when every target was deleted or already gone, else the code of the first failure.</source>
        <translation>删除失败任务：按 resource_id（API 删除接口所用的 ID；参见 README）、保护组级别的所有失败任务，或某个保护组的所有失败任务。未指定 --yes 时不会删除任何内容。每个目标输出一行，最后输出汇总；已不存在的目标（404）视为已完成。所有目标均已删除或已不存在时退出码为 0，否则为第一个失败的退出码。</translation>
    </message>
    <message>
        <source>Really delete.</source>
        <translation>确认删除。</translation>
    </message>
    <message>
        <source>A failed task by its resource_id (repeatable).</source>
        <translation>按 resource_id 指定失败任务（可重复）。</translation>
    </message>
    <message>
        <source>Every protection-group-level failed task.</source>
        <translation>所有保护组级别的失败任务。</translation>
    </message>
    <message>
        <source>Every failed task of this protection group, by id or name (repeatable).</source>
        <translation>此保护组的所有失败任务，按 ID 或名称指定（可重复）。</translation>
    </message>
    <message>
        <source>More failed tasks by resource_id.</source>
        <translation>更多按 resource_id 指定的失败任务。</translation>
    </message>
    <message>
        <source>delete: nothing named; give --resource-id ID, --group GROUP or --group-level (see sdrs-failures delete --help)</source>
        <translation>delete：未指定任何目标；请指定 --resource-id ID、--group GROUP 或 --group-level（参见 sdrs-failures delete --help）</translation>
    </message>
    <message>
        <source>every failed task of group &quot;%1&quot;</source>
        <translation>保护组“%1”的所有失败任务</translation>
    </message>
    <message>
        <source>delete: not deleting %1 without --yes</source>
        <translation>delete：未指定 --yes，不会删除：%1</translation>
    </message>
    <message>
        <source>%1 of %2 deletes</source>
        <translation>%1/%2 次删除</translation>
    </message>
    <message>
        <source>deleted: %1, already gone: %2, failed: %3, not attempted: %4</source>
        <translation>已删除：%1，已不存在：%2，失败：%3，未尝试：%4</translation>
    </message>
    <message>
        <source>cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>%1 of %2 deletes failed; the first, %3</source>
        <translation>%2 次删除中有 %1 次失败；第一次失败：%3</translation>
    </message>
    <message>
        <source>%1 of %2 deletes were not attempted</source>
        <translation>%2 次删除中有 %1 次未尝试</translation>
    </message>
    <message numerus="yes">
        <source>the failed tasks of %n resource(s)</source>
        <extracomment>Part of &quot;delete: not deleting %1 without --yes&quot;; SDRS deletes failed tasks by resource.</extracomment>
        <translation>
            <numerusform>%n 个资源的失败任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 other failure; 2 usage error (unknown option, bad value, unknown group, delete without --yes, an id that cannot be sent, credentials over plain HTTP without --allow-http); 3 sign-in refused (HTTP 401/403, a missing secret); 4 network error, timeout or a certificate that does not name the host; 5 service error (any other HTTP error, an answer that cannot be read or is too large, more rows than --max-rows); 6 output not writable (-o FILE, standard output); 128+N interrupted by signal N (130 SIGINT, 143 SIGTERM). Every failure prints one line on stderr.</source>
        <translation>退出码：0 完成；1 其他失败；2 用法错误（未知选项、错误的值、未知的组、未带 --yes 的删除、无法发送的 ID、未带 --allow-http 通过明文 HTTP 发送凭据）；3 登录被拒绝（HTTP 401/403、缺少密钥）；4 网络错误、超时或证书未包含该主机名；5 服务错误（其他任何 HTTP 错误、无法读取或过大的响应、行数超过 --max-rows）；6 输出不可写（-o 文件、标准输出）；128+N 被信号 N 中断（130 SIGINT、143 SIGTERM）。每次失败都会在 stderr 输出一行。</translation>
    </message>
    <message>
        <source>Send credentials over plain http:// to a host that is not this computer (refused without it; a warning on every run).</source>
        <translation>通过明文 http:// 向非本机的主机发送凭据（不带此选项时拒绝；每次运行都会发出警告）。</translation>
    </message>
    <message>
        <source>The largest answer accepted from the service, in MiB (default 64); a larger one is stopped while it arrives.</source>
        <translation>接受的服务响应的最大大小，单位 MiB（默认 64）；更大的响应在接收时即被中止。</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 30); a GET is tried again after a transient failure, for two minutes at most.</source>
        <translation>每个响应的等待秒数（默认 30）；GET 请求在临时故障后会重试，最多两分钟。</translation>
    </message>
    <message>
        <source>warning: --allow-http: credentials go over plain HTTP to %1, readable by anyone on the way</source>
        <extracomment>%1 is a host name.</extracomment>
        <translation>警告：--allow-http：凭据通过明文 HTTP 发送到 %1，途中任何人都可读取</translation>
    </message>
    <message>
        <source>cannot write %1: it is neither an ordinary file nor a pipe nor a character device</source>
        <translation>无法写入 %1：它既不是普通文件，也不是管道或字符设备</translation>
    </message>
    <message>
        <source>cannot write %1: permission denied</source>
        <translation>无法写入 %1：权限不足</translation>
    </message>
    <message>
        <source>--all-pages and --all-groups: read at most N rows (default 2000000); a server that counts more is an error and nothing is written.</source>
        <translation>--all-pages 和 --all-groups：最多读取 N 行（默认 2000000）；服务器统计的行数更多时视为错误，不写入任何内容。</translation>
    </message>
    <message>
        <source>--max-rows is for --all-pages and --all-groups</source>
        <translation>--max-rows 仅用于 --all-pages 和 --all-groups</translation>
    </message>
    <message>
        <source>%1 Nothing was written; --max-rows raises the limit.</source>
        <extracomment>%1 says how many rows were read of how many; --max-rows is an option.</extracomment>
        <translation>%1 未写入任何内容；可用 --max-rows 提高上限。</translation>
    </message>
    <message>
        <source>job: JOB_ID: %1</source>
        <translation>job：JOB_ID：%1</translation>
    </message>
    <message>
        <source>delete: --resource-id: %1</source>
        <extracomment>%1 says why the id cannot be sent.</extracomment>
        <translation>delete：--resource-id：%1</translation>
    </message>
    <message>
        <source>delete: the protection group &quot;%1&quot; has an id that cannot be used: %2</source>
        <extracomment>%1 is the group as given, %2 says why its id cannot be sent.</extracomment>
        <translation>delete：保护组&quot;%1&quot;的 ID 无法使用：%2</translation>
    </message>
    <message>
        <source>note: rows %1 to %2, and there may be more; --all-pages reads every page</source>
        <translation>注意：第 %1 到 %2 行，可能还有更多；--all-pages 读取所有页</translation>
    </message>
    <message>
        <source>Only groups in STATUS (as the service names it, e.g. available, protected, error).</source>
        <translation>仅列出状态为 STATUS 的保护组（按服务的名称，例如 available、protected、error）。</translation>
    </message>
    <message>
        <source>Only groups in an abnormal state (the same as --query-type status_abnormal).</source>
        <translation>仅列出处于异常状态的保护组（等同于 --query-type status_abnormal）。</translation>
    </message>
    <message>
        <source>The service&apos;s view: status_abnormal, stop_protected (protection stopped), period_no_dr_drill (no DR drill for three months) or general.</source>
        <translation>服务的查询场景：status_abnormal、stop_protected（已停止保护）、period_no_dr_drill（三个月未做容灾演练）或 general。</translation>
    </message>
    <message>
        <source>Only groups whose current production site is in ZONE.</source>
        <translation>仅列出当前生产站点位于 ZONE 的保护组。</translation>
    </message>
    <message>
        <source>--abnormal and --query-type cannot be combined</source>
        <translation>--abnormal 与 --query-type 不能同时使用</translation>
    </message>
    <message>
        <source>--query-type must be one of %1, not &quot;%2&quot;</source>
        <translation>--query-type 必须是 %1 之一，而不是“%2”</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot; (see sdrs-failures %1 --help)</source>
        <extracomment>%1 is the command, %2 the argument given.</extracomment>
        <translation>%1：多余的参数“%2”（参见 sdrs-failures %1 --help）</translation>
    </message>
    <message>
        <source>use --profile or --demo</source>
        <extracomment>Ends &quot;no credentials: set OS_AUTH_TOKEN; ...; or %1&quot;.</extracomment>
        <translation>使用 --profile 或 --demo</translation>
    </message>
    <message>
        <source>--critical (%1) must not be below --warning (%2)</source>
        <translation>--critical（%1）不得低于 --warning（%2）</translation>
    </message>
    <message>
        <source>the check could not be done</source>
        <translation>无法完成检查</translation>
    </message>
    <message numerus="yes">
        <source>%n failed task(s)</source>
        <extracomment>The status line of check: &quot;3 failed tasks&quot;. Monitoring systems show it.</extracomment>
        <translation>
            <numerusform>%n 个失败任务</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1</source>
        <extracomment>Follows &quot;3 failed tasks&quot;; %1 is an ISO 8601 time in UTC.</extracomment>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>Exit codes: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN: any error reaching the service (the status line says which: HTTP 500, timeout, sign-in refused, ...) and usage errors.</source>
        <translation>退出码：0 OK，1 WARNING，2 CRITICAL，3 UNKNOWN：访问服务时的任何错误（状态行会说明是哪一种：HTTP 500、超时、登录被拒绝……）以及用法错误。</translation>
    </message>
    <message>
        <source>Only tasks that began at or after WHEN: a duration back from now (30m, 24h, 7d, 2w, or added up as 1d12h) or an ISO 8601 time (2026-11-20T11:00:00Z, 2026-11-20T12:00:00+01:00; without an offset: local time). The service cannot filter by time: the rows are read, then counted.</source>
        <translation>仅包含在 WHEN 或之后开始的任务：从现在往回的时长（30m、24h、7d、2w，或组合如 1d12h），或 ISO 8601 时间（2026-11-20T11:00:00Z、2026-11-20T12:00:00+01:00；不带偏移则为本地时间）。服务无法按时间过滤：先读取各行，再进行统计。</translation>
    </message>
    <message>
        <source>Counts failed tasks per key (--by): error_code (with its meaning from the error table), group (server_group_id, with the group&apos;s name; empty: the protection-group level), resource (resource_id, with its name), status (failure_status), type (job_type) or day (the local date of the begin time). Prints per key the count and the first and last begin time (UTC, ISO 8601), most first, then by key: an aligned table, CSV or JSON. It reads as export does: without --group or --all-groups the protection-group level, without --all-pages or --all-groups one request.</source>
        <translation>按键（--by）统计失败任务：error_code（附错误表中的含义）、group（server_group_id，附保护组名称；为空表示保护组级别）、resource（resource_id，附其名称）、status（failure_status）、type（job_type）或 day（开始时间的本地日期）。按键输出数量以及最早和最晚的开始时间（UTC，ISO 8601），数量多者在前，其次按键排序：以对齐的表格、CSV 或 JSON 输出。读取方式与 export 相同：未指定 --group 或 --all-groups 时为保护组级别，未指定 --all-pages 或 --all-groups 时只发送一次请求。</translation>
    </message>
    <message>
        <source>error_code (the default), group, resource, status, type or day.</source>
        <translation>error_code（默认）、group、resource、status、type 或 day。</translation>
    </message>
    <message>
        <source>--by must be one of %1, not &quot;%2&quot;</source>
        <translation>--by 必须是 %1 之一，而不是 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown command (commands: export, summary, check, groups, job, delete, history)</source>
        <translation>未知命令（命令：export、summary、check、groups、job、delete、history）</translation>
    </message>
    <message>
        <source>warning: the history is not used: %1 (--no-history: leave it alone)</source>
        <extracomment>%1 is the reason, a sentence; --no-history is an option.</extracomment>
        <translation>警告：未使用历史记录：%1（--no-history：不使用历史记录）</translation>
    </message>
    <message>
        <source>note: the history file was damaged; it was moved to %1 and a new one was started</source>
        <translation>注意：历史记录文件已损坏；已将其移至 %1 并新建了一个</translation>
    </message>
    <message>
        <source>Leave the local history alone: what is read is not recorded, what is deleted not noted.</source>
        <translation>不使用本地历史记录：读取的内容不记录，删除的内容不标记。</translation>
    </message>
    <message>
        <source>Writes the local history of the connection: every failed task this program has read (by the window or by a command that reads failed tasks, unless --no-history), with its fields as last read and first_seen, last_seen, gone_at (when a complete reading of its scope no longer listed it), deleted_here (when this program deleted it), acknowledged_at and note. Times are ISO 8601 UTC; empty when not known. Sends no request.</source>
        <translation>输出该连接的本地历史记录：本程序读取过的每个失败任务（在窗口中或由读取失败任务的命令读取，除非使用 --no-history），包括最近读取的字段以及 first_seen、last_seen、gone_at（其范围的完整读取不再列出它的时间）、deleted_here（本程序删除它的时间）、acknowledged_at 和 note。时间为 ISO 8601 UTC；未知时为空。不发送任何请求。</translation>
    </message>
    <message>
        <source>Only the tasks that are gone.</source>
        <translation>仅已消失的任务。</translation>
    </message>
    <message>
        <source>history: no history to read</source>
        <translation>history：没有可读取的历史记录</translation>
    </message>
    <message>
        <source>history: --no-history leaves nothing to read</source>
        <translation>history：使用 --no-history 时没有可读取的内容</translation>
    </message>
    <message>
        <source>Add the local history&apos;s columns: first_seen, last_seen, gone_at, deleted_here, acknowledged_at and note.</source>
        <translation>追加本地历史记录的列：first_seen、last_seen、gone_at、deleted_here、acknowledged_at 和 note。</translation>
    </message>
    <message>
        <source>--history-columns needs the history: not with --no-history or --demo</source>
        <translation>--history-columns 需要历史记录：不能与 --no-history 或 --demo 同用</translation>
    </message>
    <message>
        <source>A check for Icinga, Nagios, Zabbix and Checkmk (Monitoring Plugins conventions). Counts the failed tasks in scope (every page of every protection group and the group level unless --group) and prints one status line with performance data, e.g. &quot;SDRS FAILED TASKS WARNING - 3 failed tasks | failed=3;1;10;0&quot;. The state is CRITICAL when the count is above --critical, else WARNING when it is above --warning, else OK (0 to N is OK). The count is recorded in the local history (unless --no-history); then the line also says how many tasks are new, e.g. &quot;3 failed tasks (1 new) | failed=3;1;10;0 new=1&quot;, and --new puts the thresholds on them. Nothing is written on stderr: every problem is said in the status line.</source>
        <translation>供 Icinga、Nagios、Zabbix 和 Checkmk 使用的检查（遵循 Monitoring Plugins 约定）。统计范围内的失败任务（除非指定 --group，否则为所有保护组和保护组级别的所有页），并输出一行带性能数据的状态行，例如 &quot;SDRS FAILED TASKS WARNING - 3 failed tasks | failed=3;1;10;0&quot;。数量高于 --critical 时状态为 CRITICAL，否则高于 --warning 时为 WARNING，否则为 OK（0 到 N 为 OK）。读取的内容会记录到本地历史中（除非指定 --no-history）；此时状态行还会说明其中有多少任务是新的，例如 &quot;3 failed tasks (1 new) | failed=3;1;10;0 new=1&quot;，--new 则将阈值应用于这些新任务。不向 stderr 写入任何内容：所有问题都在状态行中说明。</translation>
    </message>
    <message>
        <source>WARNING when more than N failed tasks (with --new: new ones) are counted.</source>
        <translation>统计到的失败任务（使用 --new 时为新任务）多于 N 个时为 WARNING。</translation>
    </message>
    <message>
        <source>CRITICAL when more than N failed tasks (with --new: new ones) are counted.</source>
        <translation>统计到的失败任务（使用 --new 时为新任务）多于 N 个时为 CRITICAL。</translation>
    </message>
    <message>
        <source>The thresholds count only new failed tasks: those that no earlier reading of this program (a check, a summary, an export, the window) has seen, by the local history. The first reading of a connection sees none as new.</source>
        <translation>阈值只统计新的失败任务：根据本地历史，本程序此前的任何读取（检查、汇总、导出、窗口）都未见过的任务。某个连接的首次读取不会将任何任务视为新任务。</translation>
    </message>
    <message>
        <source>--new counts by the local history, which --no-history and --demo leave alone</source>
        <translation>--new 依据本地历史统计，而 --no-history 和 --demo 不使用本地历史</translation>
    </message>
    <message>
        <source>--new counts by the local history, which could not be used</source>
        <translation>--new 依据本地历史统计，但本地历史无法使用</translation>
    </message>
    <message>
        <source>(%1 new)</source>
        <extracomment>Follows &quot;3 failed tasks&quot;: how many of them no earlier reading has seen.</extracomment>
        <translation>（%1 个新任务）</translation>
    </message>
    <message>
        <source>The local history starts with this reading: nothing counts as new yet.</source>
        <translation>本地历史从本次读取开始：目前没有任务被视为新任务。</translation>
    </message>
</context>
<context>
    <name>sdrs::csv</name>
    <message>
        <source>The list of columns is empty; the columns are: %1.</source>
        <extracomment>%1 lists the valid column names (API field names, not translated).</extracomment>
        <translation>列的列表为空；可用的列有：%1。</translation>
    </message>
    <message>
        <source>The list of columns &quot;%1&quot; has an empty name; the columns are: %2.</source>
        <extracomment>%1 is the list of columns as given, %2 lists the valid column names.</extracomment>
        <translation>列的列表“%1”中有空名称；可用的列有：%2。</translation>
    </message>
    <message>
        <source>There is no column named &quot;%1&quot;; the columns are: %2.</source>
        <extracomment>%1 is the unknown name, %2 lists the valid column names.</extracomment>
        <translation>没有名为“%1”的列；可用的列有：%2。</translation>
    </message>
</context>
<context>
    <name>sdrs::history::HistoryStore</name>
    <message>
        <source>The history file %1 is locked by another program.</source>
        <translation>历史记录文件 %1 已被另一个程序锁定。</translation>
    </message>
    <message>
        <source>The history file %1 cannot be opened or written: %2</source>
        <translation>无法打开或写入历史记录文件 %1：%2</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of this program; it is left as it is.</source>
        <translation>历史记录文件 %1 由本程序的较新版本写入；该文件保持原样。</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not installed (Debian: libqt6sql6-sqlite).</source>
        <translation>未安装 Qt 的 SQLite 驱动程序（Debian：libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>The history folder %1 cannot be created.</source>
        <translation>无法创建历史记录文件夹 %1。</translation>
    </message>
    <message>
        <source>The history file %1 is damaged and cannot be moved aside.</source>
        <translation>历史记录文件 %1 已损坏，且无法移到一旁。</translation>
    </message>
    <message>
        <source>The history file %1 cannot be opened.</source>
        <translation>无法打开历史记录文件 %1。</translation>
    </message>
    <message>
        <source>The history could not be read or written: %1</source>
        <translation>无法读取或写入历史记录：%1</translation>
    </message>
</context>
<context>
    <name>sdrs::iam</name>
    <message>
        <source>the IAM answer has no X-Subject-Token header</source>
        <extracomment>The end of &quot;The answer could not be read: ...&quot;. X-Subject-Token is an HTTP header.</extracomment>
        <translation>IAM 响应中没有 X-Subject-Token 头</translation>
    </message>
    <message>
        <source>the IAM answer&apos;s X-Subject-Token header is not a usable token</source>
        <extracomment>The end of &quot;The answer could not be read: ...&quot;. X-Subject-Token is an HTTP header.</extracomment>
        <translation>IAM 响应的 X-Subject-Token 头不是可用的令牌</translation>
    </message>
</context>
<context>
    <name>sdrs::json</name>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <extracomment>The end of &quot;The answer could not be read: ...&quot;. %1 is a byte offset, %2 Qt&apos;s reason.</extracomment>
        <translation>JSON 格式错误，位于字节 %1：%2</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <extracomment>The end of &quot;The answer could not be read: ...&quot;.</extracomment>
        <translation>响应正文不是 JSON 对象</translation>
    </message>
    <message>
        <source>the answer has no &quot;%1&quot; array</source>
        <extracomment>The end of &quot;The answer could not be read: ...&quot;. %1 is a JSON key, e.g. failure_jobs.</extracomment>
        <translation>响应中没有 &quot;%1&quot; 数组</translation>
    </message>
    <message>
        <source>&quot;%1&quot;[%2] is not an object</source>
        <extracomment>The end of &quot;The answer could not be read: ...&quot;. %1 is a JSON key, %2 an index: &quot;failure_jobs&quot;[3].</extracomment>
        <translation>&quot;%1&quot;[%2] 不是对象</translation>
    </message>
    <message>
        <source>&quot;count&quot; is not a whole number from 0 to 9e15</source>
        <extracomment>The end of &quot;The answer could not be read: ...&quot;. &quot;count&quot; is a JSON key.</extracomment>
        <translation>&quot;count&quot; 不是 0 到 9e15 之间的整数</translation>
    </message>
    <message>
        <source>the answer has neither &quot;job_id&quot; nor &quot;status&quot;</source>
        <extracomment>The end of &quot;The answer could not be read: ...&quot;. job_id and status are JSON keys.</extracomment>
        <translation>响应中既没有 &quot;job_id&quot; 也没有 &quot;status&quot;</translation>
    </message>
</context>
<context>
    <name>sdrs::main</name>
    <message>
        <source>Show this help and exit.</source>
        <extracomment>Option --help in --help.</extracomment>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <extracomment>Option --version in --help.</extracomment>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>Browse generated demo data served by a built-in SDRS emulator on 127.0.0.1.</source>
        <extracomment>Option --demo in --help.</extracomment>
        <translation>浏览由 127.0.0.1 上的内置 SDRS 模拟器提供的生成演示数据。</translation>
    </message>
    <message>
        <source>SDRS endpoint, e.g. https://sdrs.eu-de.otc.t-systems.com.</source>
        <extracomment>Option --endpoint in --help.</extracomment>
        <translation>SDRS 终端节点，例如 https://sdrs.eu-de.otc.t-systems.com。</translation>
    </message>
    <message>
        <source>URL</source>
        <extracomment>The placeholder of the value of --endpoint in --help: &quot;--endpoint &lt;URL&gt;&quot;.</extracomment>
        <translation>URL</translation>
    </message>
    <message>
        <source>Project id for --endpoint.</source>
        <extracomment>Option --project-id in --help.</extracomment>
        <translation>用于 --endpoint 的项目 ID。</translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>The placeholder of the value of --project-id in --help: &quot;--project-id &lt;ID&gt;&quot;.</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 (see --help)</source>
        <extracomment>A usage error: %1 is Qt&apos;s message, e.g. &quot;Unknown option &apos;x&apos;.&quot;.</extracomment>
        <translation>%1（参见 --help）</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (see --help)</source>
        <extracomment>A usage error: %1 is the argument given.</extracomment>
        <translation>多余的参数“%1”（参见 --help）</translation>
    </message>
    <message>
        <source>--demo and --endpoint exclude each other</source>
        <extracomment>A usage error: the two options cannot be given together.</extracomment>
        <translation>--demo 和 --endpoint 不能同时使用</translation>
    </message>
    <message>
        <source>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset); start it in a desktop session</source>
        <extracomment>DISPLAY and WAYLAND_DISPLAY are environment variables.</extracomment>
        <translation>没有可用于打开窗口的显示器（未设置 DISPLAY 和 WAYLAND_DISPLAY）；请在桌面会话中启动</translation>
    </message>
    <message>
        <source>cannot start the demo server: %1</source>
        <extracomment>%1 is the reason.</extracomment>
        <translation>无法启动演示服务器：%1</translation>
    </message>
    <message>
        <source>Command line</source>
        <extracomment>The name of the connection given with --endpoint (like a profile name).</extracomment>
        <translation>命令行</translation>
    </message>
    <message>
        <source>Send credentials over plain http:// to a host that is not this computer (refused without it).</source>
        <extracomment>Option --allow-http in --help.</extracomment>
        <translation>通过明文 http:// 向非本机的主机发送凭据（不带此选项时拒绝）。</translation>
    </message>
    <message>
        <source>warning: --allow-http: credentials may go over plain HTTP, readable by anyone on the way</source>
        <extracomment>A warning on stderr at every start with --allow-http.</extracomment>
        <translation>警告：--allow-http：凭据可能通过明文 HTTP 发送，途中任何人都可读取</translation>
    </message>
    <message>
        <source>use --demo</source>
        <extracomment>Ends &quot;no credentials: set OS_AUTH_TOKEN; ...; or %1&quot;.</extracomment>
        <translation>使用 --demo</translation>
    </message>
    <message>
        <source>Open with a saved connection profile.</source>
        <extracomment>Option --profile in --help.</extracomment>
        <translation>使用已保存的连接配置打开。</translation>
    </message>
    <message>
        <source>NAME</source>
        <extracomment>The placeholder of the value of --profile in --help: &quot;--profile &lt;NAME&gt;&quot;.</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>--profile excludes --demo and --endpoint</source>
        <extracomment>A usage error: the options cannot be given together.</extracomment>
        <translation>--profile 不能与 --demo 或 --endpoint 同时使用</translation>
    </message>
    <message>
        <source>Browse the failed tasks of the Storage Disaster Recovery Service (SDRS) of Open Telekom
Cloud and Huawei Cloud.

With --endpoint, the sign-in comes from the environment, as for the commands
(OS_AUTH_TOKEN; or OS_ACCESS_KEY/OS_SECRET_KEY; or OS_AUTH_URL, OS_USERNAME,
OS_PASSWORD and OS_USER_DOMAIN_NAME); the project from --project-id or
OS_PROJECT_ID.

Commands for scripts (no window; see sdrs-failures COMMAND --help):
  export   failed tasks as CSV, JSON or a table, to stdout or -o FILE
  summary  failed tasks counted per error code, group, resource, status, type
           or day
  check    a check for Icinga, Nagios, Zabbix and Checkmk (exit 0 OK,
           1 WARNING, 2 CRITICAL, 3 UNKNOWN)
  groups   the protection groups
  job      a job and its sub-job tree
  delete   failed tasks by resource id, of the group level or of a group (--yes)
  history  the local record of failed tasks read: first and last seen, gone,
           deleted here, acknowledged and notes (--no-history: not recorded)
They connect with --demo, --profile NAME, or the environment (as above).

Exit codes of the commands: 0 done, 1 other failure, 2 usage error, 3 sign-in refused
(401/403, missing secret), 4 network error or timeout, 5 service error, 6 output not
writable, 128+N interrupted by signal N.</source>
        <extracomment>The description in --help. Keep the line breaks (lines of at most 80 characters), the command names, options and environment variables as they are.</extracomment>
        <translation>浏览 Open Telekom Cloud 和 Huawei Cloud 中存储容灾服务（SDRS）的
失败任务。

指定 --endpoint 时，与命令一样从环境变量登录（OS_AUTH_TOKEN；或
OS_ACCESS_KEY/OS_SECRET_KEY；或 OS_AUTH_URL、OS_USERNAME、OS_PASSWORD 和
OS_USER_DOMAIN_NAME）；项目取自 --project-id 或 OS_PROJECT_ID。

供脚本使用的命令（无窗口；参见 sdrs-failures COMMAND --help）：
  export   以 CSV、JSON 或表格输出失败任务，到 stdout 或 -o FILE
  summary  按错误码、保护组、资源、状态、类型或日期统计失败任务
  check    供 Icinga、Nagios、Zabbix 和 Checkmk 使用的检查（退出码 0 OK，
           1 WARNING，2 CRITICAL，3 UNKNOWN）
  groups   保护组
  job      作业及其子作业树
  delete   按资源 ID、保护组级别或某个保护组删除失败任务（--yes）
  history  已读取失败任务的本地历史记录：首次和最近出现、消失、在此删除、
           确认及备注（--no-history：不记录）
这些命令通过 --demo、--profile NAME 或环境变量连接（同上）。

命令的退出码：0 完成，1 其他失败，2 用法错误，3 登录被拒绝
（401/403、缺少凭据），4 网络错误或超时，5 服务错误，6 输出
不可写，128+N 被信号 N 中断。</translation>
    </message>
</context>
<context>
    <name>sdrs::tls</name>
    <message>
        <source>The server sent no certificate.</source>
        <translation>服务器未发送证书。</translation>
    </message>
    <message>
        <source>The certificate does not name %1 among its subject alternative names (%2).</source>
        <extracomment>%1 is the host name, %2 the names the certificate lists.</extracomment>
        <translation>证书的使用者可选名称（%2）中不包含 %1。</translation>
    </message>
    <message>
        <source>The certificate does not name %1.</source>
        <extracomment>%1 is the host name.</extracomment>
        <translation>证书中不包含 %1。</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::AcknowledgeDialog</name>
    <message>
        <source>Acknowledge Failed Tasks</source>
        <extracomment>Title of the dialog that acknowledges failed tasks.</extracomment>
        <translation>确认失败任务</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n failed task(s)? They keep a check mark, and “Hide acknowledged” in the View menu hides them. The acknowledgement is kept on this computer.</source>
        <extracomment>%n is how many failed tasks are acknowledged.</extracomment>
        <translation>
            <numerusform>确认 %n 个失败任务？它们会带有勾号，“视图”菜单中的“隐藏已确认”可将其隐藏。确认记录保存在本计算机上。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>备注（可选）(&amp;N)：</translation>
    </message>
    <message>
        <source>A ticket number, “waiting for EVS”, …</source>
        <extracomment>Placeholder of the note of an acknowledgement.</extracomment>
        <translation>工单号、“等待 EVS”……</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <extracomment>The button that acknowledges the tasks.</extracomment>
        <translation>确认(&amp;A)</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::BusyIndicator</name>
    <message>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::DeleteResultsDialog</name>
    <message>
        <source>Delete results</source>
        <translation>删除结果</translation>
    </message>
    <message>
        <source>Result of each delete</source>
        <translation>每次删除的结果</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>Column headers of the delete results: the resource or group, the id sent, the outcome.</extracomment>
        <translation>对象</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::DetailPane</name>
    <message>
        <source>Failure status:</source>
        <translation>失败状态：</translation>
    </message>
    <message>
        <source>Error code:</source>
        <translation>错误码：</translation>
    </message>
    <message>
        <source>Began (local):</source>
        <translation>开始时间（本地）：</translation>
    </message>
    <message>
        <source>Began (UTC):</source>
        <translation>开始时间（UTC）：</translation>
    </message>
    <message>
        <source>Protection group:</source>
        <translation>保护组：</translation>
    </message>
    <message>
        <source>Resource name:</source>
        <translation>资源名称：</translation>
    </message>
    <message>
        <source>Resource type:</source>
        <translation>资源类型：</translation>
    </message>
    <message>
        <source>Resource ID:</source>
        <translation>资源 ID：</translation>
    </message>
    <message>
        <source>Job type:</source>
        <translation>作业类型：</translation>
    </message>
    <message>
        <source>Job status:</source>
        <translation>作业状态：</translation>
    </message>
    <message>
        <source>Job ID:</source>
        <translation>作业 ID：</translation>
    </message>
    <message>
        <source>Fail reason:</source>
        <translation>失败原因：</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>含义：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>处理措施：</translation>
    </message>
    <message>
        <source>In the fail reason</source>
        <translation>失败原因中的信息</translation>
    </message>
    <message>
        <source>Failed step:</source>
        <translation>失败步骤：</translation>
    </message>
    <message>
        <source>Downstream error:</source>
        <translation>下游错误：</translation>
    </message>
    <message>
        <source>Copy job ID</source>
        <translation>复制作业 ID</translation>
    </message>
    <message>
        <source>Copy resource ID</source>
        <translation>复制资源 ID</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>复制为 JSON</translation>
    </message>
    <message numerus="yes">
        <source>%n failed tasks selected.</source>
        <translation>
            <numerusform>已选择 %n 个失败任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a failed task to see why it failed and what to do.</source>
        <translation>选择一个失败任务，查看其失败原因和处理措施。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>group name (group status)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Protection-group level</source>
        <translation>保护组级别</translation>
    </message>
    <message>
        <source>(The service gave no fail reason.)</source>
        <translation>（服务未提供失败原因。）</translation>
    </message>
    <message>
        <source>%1 (HTTP %2, %3)</source>
        <comment>message (HTTP status, wrapper key)</comment>
        <translation>%1（HTTP %2，%3）</translation>
    </message>
    <message>
        <source>Error code %1 explained</source>
        <translation>错误码 %1 说明</translation>
    </message>
    <message>
        <source>Details of the selected failed task</source>
        <translation>所选失败任务的详细信息</translation>
    </message>
    <message>
        <source>Cause</source>
        <extracomment>The box at the top of the detail pane: why the task failed and what to do.</extracomment>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Not known: the service gave no reason and the error code is not in the list.</source>
        <translation>未知：服务未给出原因，且错误码不在列表中。</translation>
    </message>
    <message>
        <source>%1 in the error-code list</source>
        <extracomment>A link to the service&apos;s list of error codes; %1 is the code, e.g. SDRS.1021.</extracomment>
        <translation>错误码列表中的 %1</translation>
    </message>
    <message>
        <source>Open the SDRS console (%1)</source>
        <extracomment>A link to the SDRS console of the region; %1 is the region, e.g. eu-de.</extracomment>
        <translation>打开 SDRS 控制台（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>time (how long ago)</comment>
        <extracomment>A time and how long ago it was: &quot;2026-11-20 11:00:00 UTC+01:00 (3 h ago)&quot;.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>The detail pane&apos;s box of what the local history knows of a task.</extracomment>
        <translation>历史</translation>
    </message>
    <message>
        <source>Acknowledged:</source>
        <translation>已确认：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Gone:</source>
        <translation>已消失：</translation>
    </message>
    <message>
        <source>First seen:</source>
        <translation>首次发现：</translation>
    </message>
    <message>
        <source>Deleted by this program on %1</source>
        <extracomment>Detail pane: %1 when this program deleted the task.</extracomment>
        <translation>本程序于 %1 删除</translation>
    </message>
    <message>
        <source>No longer listed by the service since %1</source>
        <extracomment>Detail pane: %1 since when the service no longer lists the task.</extracomment>
        <translation>自 %1 起服务不再列出</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::ExportDialog</name>
    <message>
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>Rows</source>
        <extracomment>Export dialog: which rows to write.</extracomment>
        <translation>行</translation>
    </message>
    <message>
        <source>The selected rows (%1)</source>
        <translation>所选的行（%1）</translation>
    </message>
    <message>
        <source>The rows held here that pass the quick filter (%1)</source>
        <translation>本机已有且符合快速筛选的行（%1）</translation>
    </message>
    <message>
        <source>Every page of the current query, fetched again</source>
        <translation>重新获取当前查询的所有页</translation>
    </message>
    <message>
        <source>Columns</source>
        <extracomment>Export dialog: which columns to write.</extracomment>
        <translation>列</translation>
    </message>
    <message>
        <source>Add a column with the begin time in local time (times are in UTC, ISO 8601)</source>
        <translation>添加一列本地时间的开始时间（时间均为 UTC，ISO 8601）</translation>
    </message>
    <message>
        <source>Start with a byte order mark, so that Excel reads UTF-8</source>
        <translation>以字节顺序标记（BOM）开头，使 Excel 按 UTF-8 读取</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Cells that start with =, +, -, @, a tab or a carriage return get a leading &apos; so that a spreadsheet does not run them as formulas.</source>
        <translation>以 =、+、-、@、制表符或回车符开头的单元格会加上前导 &apos;，使电子表格不会将其作为公式执行。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Name the file to write.</source>
        <translation>请指定要写入的文件名。</translation>
    </message>
    <message>
        <source>This is a folder; name a file in it.</source>
        <translation>这是一个文件夹，请指定其中的文件。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <extracomment>Title of the question whether an export may replace an existing file.</extracomment>
        <translation>是否替换文件？</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。是否替换？</translation>
    </message>
    <message>
        <source>It is replaced only when the export succeeds.</source>
        <translation>仅在导出成功时才会替换该文件。</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <extracomment>Button: replace the existing file with the export.</extracomment>
        <translation>替换(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Every page of the current query, fetched again (%Ln row(s) on the service)</source>
        <translation>
            <numerusform>重新获取当前查询的所有页（服务上共 %Ln 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>The table&apos;s visible columns, in their order, with their titles and the values as the table shows them (“Create failed”, a group&apos;s name)</source>
        <translation>表格中可见的列，按其顺序，使用其标题和表格中显示的值（“创建失败”、组的名称）</translation>
    </message>
    <message>
        <source>Every field, named as the API names it, with the API&apos;s values (job_id, …, server_group_name; “createFail”)</source>
        <translation>所有字段，按 API 的名称命名，使用 API 的值（job_id、…、server_group_name；“createFail”）</translation>
    </message>
    <message>
        <source>Add acknowledged_at and note columns from the history kept on this computer</source>
        <translation>添加来自本计算机历史记录的 acknowledged_at 和 note 列</translation>
    </message>
    <message>
        <source>The history on this computer cannot be used.</source>
        <translation>无法使用本计算机上的历史记录。</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::FacetChips</name>
    <message>
        <source>Overview filters:</source>
        <translation>概览筛选：</translation>
    </message>
    <message>
        <source>Error code: %1 ×</source>
        <extracomment>A removable filter chip; %1 is an error code (and its meaning); × removes it.</extracomment>
        <translation>错误码：%1 ×</translation>
    </message>
    <message>
        <source>Protection group: %1 ×</source>
        <translation>保护组：%1 ×</translation>
    </message>
    <message>
        <source>Resource: %1 ×</source>
        <translation>资源：%1 ×</translation>
    </message>
    <message>
        <source>Job type: %1 ×</source>
        <translation>作业类型：%1 ×</translation>
    </message>
    <message>
        <source>Day: %1 ×</source>
        <translation>日期：%1 ×</translation>
    </message>
    <message>
        <source>Remove this filter (Esc)</source>
        <translation>移除此筛选（Esc）</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::FailureTableView</name>
    <message>
        <source>Failed tasks</source>
        <translation>失败任务</translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose columns</source>
        <translation>单击排序；右键单击选择列</translation>
    </message>
    <message>
        <source>Begin time (UTC)</source>
        <extracomment>Export column header: the begin time in UTC.</extracomment>
        <translation>开始时间（UTC）</translation>
    </message>
    <message>
        <source>Begin time (local)</source>
        <extracomment>Export column header: the begin time in the computer&apos;s time zone.</extracomment>
        <translation>开始时间（本地）</translation>
    </message>
    <message>
        <source>Sign-in refused: the service did not accept the credentials.</source>
        <extracomment>Over the empty table: the service refused the credentials.</extracomment>
        <translation>登录被拒绝：服务未接受该凭据。</translation>
    </message>
    <message>
        <source>Edit connection…</source>
        <translation>编辑连接…</translation>
    </message>
    <message>
        <source>No failed tasks match the filters.</source>
        <extracomment>Over the empty table: the filters leave no row.</extracomment>
        <translation>没有符合筛选条件的失败任务。</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选条件</translation>
    </message>
    <message>
        <source>No failed tasks</source>
        <extracomment>Over the empty table: the scope has no failed task at all.</extracomment>
        <translation>没有失败任务</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::FilterBar</name>
    <message>
        <source>Protection group</source>
        <translation>保护组</translation>
    </message>
    <message>
        <source>Protection-group level</source>
        <translation>保护组级别</translation>
    </message>
    <message>
        <source>Failed tasks that belong to no particular protection group</source>
        <translation>不属于任何特定保护组的失败任务</translation>
    </message>
    <message>
        <source>All protection groups</source>
        <translation>所有保护组</translation>
    </message>
    <message>
        <source>Every protection group and the group level, merged; paged and filtered on this computer</source>
        <translation>所有保护组及保护组级别，合并显示；在本机上分页和筛选</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>保护组(&amp;G)：</translation>
    </message>
    <message>
        <source>Failure status</source>
        <translation>失败状态</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>资源类型</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Resource name, Enter</source>
        <translation>资源名称，按 Enter</translation>
    </message>
    <message>
        <source>Sent to the service when you press Enter</source>
        <translation>按 Enter 时发送给服务</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>资源名称</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Quick filter (Ctrl+F)</source>
        <translation>快速筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Searches the rows held on this computer, every column including the whole fail reason; not sent to the service</source>
        <translation>搜索本机上已有的行，包括完整失败原因在内的所有列；不发送给服务</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>快速筛选</translation>
    </message>
    <message>
        <source>%1
Status: %2
Protected instances: %3, replication pairs: %4, DR drills: %5
ID: %6</source>
        <translation>%1
状态：%2
保护实例：%3，复制对：%4，容灾演练：%5
ID：%6</translation>
    </message>
    <message>
        <source>This protection group is in an abnormal state.</source>
        <extracomment>Tooltip line and accessible description of a group in an abnormal state.</extracomment>
        <translation>此保护组处于异常状态。</translation>
    </message>
    <message>
        <source>Protection group %1</source>
        <translation>保护组 %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matches</source>
        <extracomment>Beside the quick filter: how many rows it keeps.</extracomment>
        <translation>
            <numerusform>%Ln 条匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a group name</source>
        <extracomment>Placeholder of the protection-group box when its text is cleared.</extracomment>
        <translation>输入保护组名称</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed tasks</source>
        <extracomment>In the group dropdown, after a group&apos;s status: its failed tasks.</extracomment>
        <translation>
            <numerusform>%Ln 个失败任务</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdrs::ui::HelpMenu</name>
    <message>
        <source>About SDRS Failed Tasks</source>
        <translation>关于 SDRS 失败任务</translation>
    </message>
    <message>
        <source>SDRS Failed Tasks %1</source>
        <translation>SDRS 失败任务 %1</translation>
    </message>
    <message>
        <source>Browse the failed tasks of the Storage Disaster Recovery Service (SDRS) of Open Telekom Cloud and Huawei Cloud.</source>
        <translation>浏览 Open Telekom Cloud 和华为云存储容灾服务（SDRS）的失败任务。</translation>
    </message>
    <message>
        <source>Licence: MIT</source>
        <extracomment>MIT is the name of the licence.</extracomment>
        <translation>许可证：MIT</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>Open the guide on the project&apos;s homepage</source>
        <translation>在项目主页上打开指南</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About SDRS Failed Tasks</source>
        <translation>关于 SDRS 失败任务(&amp;A)</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::JobDialog</name>
    <message>
        <source>Failed task: %1</source>
        <extracomment>A line under the fail reason: %1 the name of the task that failed.</extracomment>
        <translation>失败步骤：%1</translation>
    </message>
    <message>
        <source>Error code in the reason: %1 (%2)</source>
        <extracomment>A line under the fail reason: %1 an error code found in it, %2 what it means.</extracomment>
        <translation>失败原因中的错误码：%1（%2）</translation>
    </message>
    <message>
        <source>Error code in the reason: %1</source>
        <translation>失败原因中的错误码：%1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Answer of the failing call: %1</source>
        <extracomment>A line under the fail reason: %1 the error another service answered, as found in it.</extracomment>
        <translation>失败调用的响应：%1</translation>
    </message>
    <message>
        <source>%1 local time
%2 UTC</source>
        <extracomment>Tooltip of a time: %1 the local time, %2 the same time in UTC.</extracomment>
        <translation>%1（本地时间）
%2（UTC）</translation>
    </message>
    <message>
        <source>Job %1</source>
        <extracomment>Window title of the job inspector; %1 is the job&apos;s id.</extracomment>
        <translation>作业 %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <extracomment>Label of the job&apos;s status (success, running, failed).</extracomment>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Type:</source>
        <extracomment>Label of the kind of job, e.g. createProtectedInstance.</extracomment>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Begin:</source>
        <extracomment>Label of the time the job began.</extracomment>
        <translation>开始：</translation>
    </message>
    <message>
        <source>End:</source>
        <extracomment>Label of the time the job ended.</extracomment>
        <translation>结束：</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Error code:</source>
        <translation>错误码：</translation>
    </message>
    <message>
        <source>Message:</source>
        <extracomment>Label of the optional message the job API returns with a job.</extracomment>
        <translation>消息：</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Protection group:</source>
        <translation>保护组：</translation>
    </message>
    <message>
        <source>Protected instance:</source>
        <translation>保护实例：</translation>
    </message>
    <message>
        <source>Replication pair:</source>
        <translation>复制对：</translation>
    </message>
    <message>
        <source>Volumes:</source>
        <translation>云硬盘：</translation>
    </message>
    <message>
        <source>Native server:</source>
        <extracomment>Label of the id of the ECS server a protected instance is made of.</extracomment>
        <translation>云服务器：</translation>
    </message>
    <message>
        <source>NIC:</source>
        <extracomment>Label of the id of a network interface card.</extracomment>
        <translation>网卡：</translation>
    </message>
    <message>
        <source>Fail reason:</source>
        <translation>失败原因：</translation>
    </message>
    <message>
        <source>Sub-jobs</source>
        <extracomment>Tab with the tree of the job&apos;s sub-jobs.</extracomment>
        <translation>子作业</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <extracomment>Tab with the server&apos;s answer as JSON text.</extracomment>
        <translation>原始 JSON</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Ask the server for the job again (%1)</source>
        <translation>重新向服务器查询该作业（%1）</translation>
    </message>
    <message>
        <source>Job %1 (%2)</source>
        <extracomment>Window title of the job inspector: %1 the job&apos;s id, %2 its type.</extracomment>
        <translation>作业 %1（%2）</translation>
    </message>
    <message>
        <source>%1: %2
What to do: %3</source>
        <extracomment>Explanation of a known error code: %1 the code, %2 what it means, %3 what to do.</extracomment>
        <translation>%1：%2
处理措施：%3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>The job&apos;s message (%1) and code (%2), as the API gives them.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Sub-jobs (%n)</source>
        <extracomment>Tab with the tree of the job&apos;s sub-jobs; %n is how many there are.</extracomment>
        <translation>
            <numerusform>子作业（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>This job no longer exists on the server.</source>
        <translation>该作业在服务器上已不存在。</translation>
    </message>
    <message>
        <source>What is shown may be out of date.</source>
        <translation>显示的内容可能已过期。</translation>
    </message>
    <message>
        <source>Job views</source>
        <translation>作业视图</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (id)</comment>
        <extracomment>A resource in the job inspector: %1 its name, %2 its id.</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::MainWindow</name>
    <message>
        <source>SDRS Failed Tasks</source>
        <extracomment>The window title: %1 is the name of the connection profile in use.</extracomment>
        <translation>SDRS 失败任务</translation>
    </message>
    <message>
        <source>Demo data: served by a built-in emulator on this computer; no cloud account is used.</source>
        <translation>演示数据：由本机上的内置模拟器提供，不使用任何云账号。</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>连接(&amp;C)：</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>New…</source>
        <comment>new connection profile</comment>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Add a connection profile</source>
        <translation>添加连接配置</translation>
    </message>
    <message>
        <source>Edit…</source>
        <comment>edit connection profile</comment>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the connection profile in use</source>
        <translation>编辑当前使用的连接配置</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Ask the service again (F5)</source>
        <translation>重新查询服务（F5）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Toolbar button: stop what is loading.</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop loading (Esc)</source>
        <translation>停止加载（Esc）</translation>
    </message>
    <message>
        <source>Sorted the rows of this page: the service hands out pages in its own order. “All protection groups” sorts every row.</source>
        <translation>已对本页的行排序：服务按自身顺序返回分页。“所有保护组”会对所有行排序。</translation>
    </message>
    <message>
        <source>The protection group %1 no longer exists; showing the protection-group level.</source>
        <translation>保护组 %1 已不存在；显示保护组级别。</translation>
    </message>
    <message>
        <source>Loading was cancelled; the rows shown are from before.</source>
        <translation>加载已取消；显示的是之前的行。</translation>
    </message>
    <message>
        <source>The protection groups could not be listed. %1</source>
        <translation>无法列出保护组。%1</translation>
    </message>
    <message>
        <source>Scope: protection-group level</source>
        <translation>范围：保护组级别</translation>
    </message>
    <message>
        <source>Scope: all protection groups</source>
        <translation>范围：所有保护组</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>范围：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;job ID</source>
        <translation>复制作业 ID(&amp;J)</translation>
    </message>
    <message>
        <source>Copy &amp;resource ID</source>
        <translation>复制资源 ID(&amp;R)</translation>
    </message>
    <message>
        <source>Copy row as &amp;JSON</source>
        <translation>将行复制为 JSON(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>自动刷新(&amp;A)</translation>
    </message>
    <message>
        <source>Every %1 min</source>
        <comment>auto-refresh interval</comment>
        <translation>每 %1 分钟</translation>
    </message>
    <message>
        <source>&amp;Notify about new failures</source>
        <translation>发现新失败时通知(&amp;N)</translation>
    </message>
    <message>
        <source>This desktop has no system tray to show notifications in</source>
        <translation>此桌面没有可显示通知的系统托盘</translation>
    </message>
    <message>
        <source>A system-tray notification when a refresh finds new failures</source>
        <translation>刷新发现新失败时显示系统托盘通知</translation>
    </message>
    <message>
        <source>&amp;Mark all as seen</source>
        <translation>全部标记为已查看(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>任务(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Inspect job…</source>
        <translation>查看作业(&amp;I)…</translation>
    </message>
    <message>
        <source>Open the job and its sub-jobs (Enter or double-click)</source>
        <translation>打开作业及其子作业（Enter 或双击）</translation>
    </message>
    <message>
        <source>&amp;Delete selected failed tasks…</source>
        <translation>删除所选失败任务(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete all &amp;protection-group-level failed tasks…</source>
        <translation>删除所有保护组级别的失败任务(&amp;P)…</translation>
    </message>
    <message>
        <source>Delete all failed tasks of this &amp;group…</source>
        <translation>删除此保护组的所有失败任务(&amp;G)…</translation>
    </message>
    <message>
        <source>Delete all failed tasks of “%1”…</source>
        <translation>删除“%1”的所有失败任务…</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>auto-refresh</comment>
        <extracomment>Auto-refresh menu entry: no automatic refresh.</extracomment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>The language changes when SDRS Failed Tasks starts again.</source>
        <translation>重新启动 SDRS 失败任务后语言才会更改。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s).</source>
        <translation>
            <numerusform>已复制 %Ln 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The rows shown are from before.</source>
        <translation>%1 显示的行是之前的数据。</translation>
    </message>
    <message>
        <source>SDRS Failed Tasks — %1</source>
        <translation>SDRS 失败任务 — %1</translation>
    </message>
    <message>
        <source>&amp;Delete connection profile…</source>
        <translation>删除连接配置(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the connection profile in use, with its secrets</source>
        <translation>删除正在使用的连接配置及其凭据</translation>
    </message>
    <message>
        <source>Copy for a &amp;ticket</source>
        <translation>复制用于工单(&amp;T)</translation>
    </message>
    <message>
        <source>Copy the selected rows as a Markdown table with time, job type, resource, error code, cause and what to do</source>
        <translation>将所选行复制为 Markdown 表格，包含时间、作业类型、资源、错误码、原因和处理措施</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) as a Markdown table.</source>
        <extracomment>In the status bar after Copy for a ticket.</extracomment>
        <translation>
            <numerusform>已将 %n 行复制为 Markdown 表格。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Copy the selected rows as the table shows them, with a header line, tab-separated</source>
        <translation>按表格所示复制所选行，带标题行，以制表符分隔</translation>
    </message>
    <message>
        <source>Copy the current row as a JSON object</source>
        <translation>将当前行复制为 JSON 对象</translation>
    </message>
    <message>
        <source>Copy rows as JSON &amp;array</source>
        <translation>将各行复制为 JSON 数组(&amp;A)</translation>
    </message>
    <message>
        <source>Copy the selected rows as a JSON array</source>
        <translation>将所选行复制为 JSON 数组</translation>
    </message>
    <message>
        <source>The service cannot filter by time, so every page of this scope was read; the rows are filtered and paged on this computer.</source>
        <translation>服务无法按时间筛选，因此已读取此范围的所有页；这些行在本机上筛选和分页。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>What is failing, at a glance: totals, top error codes, failures per day; click to filter the table</source>
        <translation>一目了然地查看失败情况：总数、最常见的错误码、每日失败数；点击即可筛选表格</translation>
    </message>
    <message>
        <source>Show &amp;gone failures</source>
        <translation>显示已消失的失败(&amp;G)</translation>
    </message>
    <message>
        <source>Add the failed tasks the service no longer lists, greyed, from the history kept on this computer</source>
        <translation>从本计算机的历史记录中添加服务不再列出的失败任务（灰色显示）</translation>
    </message>
    <message>
        <source>&amp;Hide acknowledged</source>
        <translation>隐藏已确认(&amp;H)</translation>
    </message>
    <message>
        <source>Hide the failed tasks that were acknowledged</source>
        <translation>隐藏已确认的失败任务</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>确认(&amp;A)…</translation>
    </message>
    <message>
        <source>Mark the selected failed tasks as dealt with, with an optional note (Ctrl+K)</source>
        <translation>将所选失败任务标记为已处理，可附备注 (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Take back acknowledgement</source>
        <translation>撤销确认(&amp;T)</translation>
    </message>
    <message>
        <source>Remove the acknowledgement of the selected failed tasks</source>
        <translation>移除所选失败任务的确认</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::MessageBar</name>
    <message>
        <source>Error message</source>
        <translation>错误消息</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
    <message>
        <source>Hide message</source>
        <translation>隐藏消息</translation>
    </message>
    <message>
        <source>Information message</source>
        <translation>提示信息</translation>
    </message>
    <message>
        <source>Success message</source>
        <translation>成功信息</translation>
    </message>
    <message>
        <source>Warning message</source>
        <translation>警告信息</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::NewRowNotifier</name>
    <message>
        <source>SDRS Failed Tasks</source>
        <translation>SDRS 失败任务</translation>
    </message>
    <message>
        <source>New failed tasks: %1 (%2)</source>
        <translation>新的失败任务：%1（%2）</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::OverviewPanel</name>
    <message>
        <source>Top error codes</source>
        <translation>最常见的错误码</translation>
    </message>
    <message>
        <source>Failures per day</source>
        <translation>每日失败数</translation>
    </message>
    <message>
        <source>Failed tasks</source>
        <translation>失败任务</translation>
    </message>
    <message>
        <source>New since last look</source>
        <translation>自上次查看以来新增</translation>
    </message>
    <message>
        <source>Gone in the last 24 hours</source>
        <translation>过去 24 小时内消失</translation>
    </message>
    <message>
        <source>Error codes</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Protection groups</source>
        <translation>保护组</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Job types</source>
        <translation>作业类型</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>The Overview&apos;s count of gone failures when the history cannot tell.</extracomment>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::OverviewRankModel</name>
    <message>
        <source>Failed tasks</source>
        <translation>失败任务</translation>
    </message>
    <message>
        <source>(no error code)</source>
        <extracomment>An Overview entry: failed tasks without an error code.</extracomment>
        <translation>（无错误码）</translation>
    </message>
    <message>
        <source>Protection-group level</source>
        <translation>保护组级别</translation>
    </message>
    <message>
        <source>(no job type)</source>
        <extracomment>An Overview entry: failed tasks without a job type.</extracomment>
        <translation>（无作业类型）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Protection group</source>
        <translation>保护组</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>作业类型</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Column of the Overview&apos;s ranked tables: how many failed tasks.</extracomment>
        <translation>失败数</translation>
    </message>
    <message>
        <source>First</source>
        <extracomment>Column of the Overview&apos;s ranked tables: the earliest begin time.</extracomment>
        <translation>最早</translation>
    </message>
    <message>
        <source>Last</source>
        <extracomment>Column of the Overview&apos;s ranked tables: the latest begin time.</extracomment>
        <translation>最晚</translation>
    </message>
    <message>
        <source>First: %1, last: %2</source>
        <extracomment>Tooltip of a ranked row: the earliest and the latest begin time, local.</extracomment>
        <translation>最早：%1，最晚：%2</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::PagingBar</name>
    <message>
        <source>Rows per page:</source>
        <translation>每页行数：</translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation>每页行数</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>第一页</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>最后一页</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>转到页</translation>
    </message>
    <message>
        <source>Type a page number and press Enter</source>
        <translation>输入页码并按 Enter</translation>
    </message>
    <message>
        <source>of %1</source>
        <comment>page x of y</comment>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <source>Rows %1–%2 of at least %3</source>
        <extracomment>The service&apos;s count said no more after a full page: more pages may follow.</extracomment>
        <translation>第 %1–%2 行，至少 %3 行</translation>
    </message>
    <message>
        <source>Rows %1–%2 of %3</source>
        <translation>第 %1–%2 行，共 %3 行</translation>
    </message>
    <message>
        <source>No rows of %1</source>
        <translation>无行（共 %1 行）</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::ProfileDialog</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>请为连接配置命名。</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already: choose another name.</source>
        <translation>名为“%1”的连接配置已存在，请选择其他名称。</translation>
    </message>
    <message>
        <source>Connection Profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>e.g. OTC production</source>
        <translation>例如 OTC 生产环境</translation>
    </message>
    <message>
        <source>Custom…</source>
        <extracomment>Endpoint choice: the user types the SDRS URL.</extracomment>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>https://sdrs.example.com</source>
        <translation>https://sdrs.example.com</translation>
    </message>
    <message>
        <source>The SDRS endpoint, or a URL that already ends in /v1/{project_id}. With a password sign-in it may stay empty: the token&apos;s service catalog names it.</source>
        <translation>SDRS 终端节点，或已以 /v1/{project_id} 结尾的 URL。使用密码登录时可留空：由 Token 的服务目录提供。</translation>
    </message>
    <message>
        <source>The project whose failed tasks are shown (console: My Credentials, Projects).</source>
        <translation>要显示其失败任务的项目（控制台：我的凭证，项目）。</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>Sign-in kind: a fixed IAM token pasted by the user.</extracomment>
        <translation>Token</translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation>IAM 用户和密码</translation>
    </message>
    <message>
        <source>AK/SK</source>
        <extracomment>Sign-in kind: access key and secret key.</extracomment>
        <translation>AK/SK</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>终端节点(&amp;E)：</translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation>URL(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>项目 ID(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>登录方式(&amp;S)：</translation>
    </message>
    <message>
        <source>A project-scoped IAM token (X-Auth-Token). It is valid for 24 hours.</source>
        <translation>项目级 IAM Token（X-Auth-Token），有效期为 24 小时。</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>Token(&amp;T)：</translation>
    </message>
    <message>
        <source>https://iam.example.com/v3</source>
        <translation>https://iam.example.com/v3</translation>
    </message>
    <message>
        <source>The account (domain) name the IAM user belongs to.</source>
        <translation>IAM 用户所属的账号（domain）名称。</translation>
    </message>
    <message>
        <source>instead of the project ID, e.g. eu-de</source>
        <translation>可代替项目 ID，例如 eu-de</translation>
    </message>
    <message>
        <source>&amp;IAM URL:</source>
        <translation>IAM URL(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>账号名(&amp;D)：</translation>
    </message>
    <message>
        <source>Project na&amp;me:</source>
        <translation>项目名称(&amp;M)：</translation>
    </message>
    <message>
        <source>only for temporary credentials</source>
        <translation>仅用于临时凭据</translation>
    </message>
    <message>
        <source>A (Huawei Cloud SDKs)</source>
        <extracomment>AK/SK signing scheme A.</extracomment>
        <translation>A（Huawei Cloud SDK）</translation>
    </message>
    <message>
        <source>B (OTC SDKs)</source>
        <extracomment>AK/SK signing scheme B.</extracomment>
        <translation>B（OTC SDK）</translation>
    </message>
    <message>
        <source>The signature scheme the gateway expects. Try the other one when requests are rejected with an authentication error.</source>
        <translation>网关所要求的签名方案。如果请求因认证错误被拒绝，请尝试另一种。</translation>
    </message>
    <message>
        <source>&amp;Access key:</source>
        <translation>访问密钥 AK(&amp;A)：</translation>
    </message>
    <message>
        <source>Secret ke&amp;y:</source>
        <translation>秘密访问密钥 SK(&amp;Y)：</translation>
    </message>
    <message>
        <source>Security &amp;token:</source>
        <translation>安全 Token(&amp;T)：</translation>
    </message>
    <message>
        <source>Si&amp;gning:</source>
        <translation>签名方式(&amp;G)：</translation>
    </message>
    <message>
        <source>optional: extra trusted CAs (PEM)</source>
        <translation>可选：额外信任的 CA（PEM）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>Test c&amp;onnection</source>
        <translation>测试连接(&amp;O)</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Result of the connection test</source>
        <translation>连接测试结果</translation>
    </message>
    <message>
        <source>Your password is sent to: %1</source>
        <translation>您的密码将发送到：%1</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>A link after the sentence about the keychain: shows the keychain&apos;s own words.</extracomment>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Delete Connection Profile</source>
        <translation>删除连接配置</translation>
    </message>
    <message>
        <source>Delete the connection profile “%1”?</source>
        <extracomment>%1 is the profile&apos;s name.</extracomment>
        <translation>删除连接配置“%1”？</translation>
    </message>
    <message>
        <source>Its settings and its secrets in the system keychain are removed. This cannot be undone.</source>
        <translation>其设置以及系统密钥环中的凭据将被删除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>&amp;Delete Profile</source>
        <translation>删除配置(&amp;D)</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::TimeRangeBox</name>
    <message>
        <source>Begin time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Shows the failed tasks that began in this time range. The service has no time filter: for one protection group or the group level, every page is read and the rows are paged on this computer.</source>
        <translation>显示在此时间范围内开始的失败任务。服务没有时间筛选：对于单个保护组或保护组级别，将读取所有页，并在本机上分页。</translation>
    </message>
    <message>
        <source>All times</source>
        <translation>所有时间</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>Begin time from</source>
        <extracomment>Accessible name of the custom range&apos;s start.</extracomment>
        <translation>开始时间起</translation>
    </message>
    <message>
        <source>Begin time to</source>
        <extracomment>Accessible name of the custom range&apos;s end.</extracomment>
        <translation>开始时间止</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two times of a custom range: &quot;[start] to [end]&quot;.</extracomment>
        <translation>至</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>Tooltip of a custom range&apos;s time: the same time in UTC.</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>&amp;Begin time:</source>
        <comment>filter bar label</comment>
        <extracomment>Label of the begin-time range in the filter bar.</extracomment>
        <translation>开始时间(&amp;B):</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::WindowStatusBar</name>
    <message>
        <source>Rows new since an earlier refresh, in bold with a dot, until you select them (Ctrl+M marks all as seen)</source>
        <translation>自先前的刷新以来新增的行以粗体和圆点标出，直到您选中它们（Ctrl+M 将全部标记为已查看）</translation>
    </message>
    <message>
        <source>New: %1</source>
        <extracomment>Status bar: how many rows are marked new since an earlier refresh.</extracomment>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>Requests in flight: %1</source>
        <translation>进行中的请求：%1</translation>
    </message>
    <message>
        <source>Auto-refresh every %1 min, next at %2</source>
        <extracomment>Status bar: %1 minutes between refreshes, %2 the time of the next one.</extracomment>
        <translation>每 %1 分钟自动刷新，下次于 %2</translation>
    </message>
    <message>
        <source>Refreshed just now</source>
        <translation>刚刚刷新</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %Ln min ago</source>
        <translation>
            <numerusform>%Ln 分钟前刷新</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshed at %1</source>
        <translation>刷新于 %1</translation>
    </message>
    <message>
        <source>Last refresh: %1</source>
        <translation>上次刷新：%1</translation>
    </message>
</context>
<context>
    <name>sdrs::wire</name>
    <message>
        <source>The id is empty; nothing was sent.</source>
        <extracomment>An id that would become part of a request&apos;s URL is empty; nothing was sent.</extracomment>
        <translation>ID 为空；未发送任何内容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an id: it would address another path; nothing was sent.</source>
        <extracomment>%1 is &quot;.&quot; or &quot;..&quot;, which a URL would collapse; nothing was sent.</extracomment>
        <translation>&quot;%1&quot;不能作为 ID：它会指向另一个路径；未发送任何内容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an id: &quot;batch&quot; addresses a batch delete; nothing was sent.</source>
        <extracomment>%1 is the id given, a spelling of &quot;batch&quot; (the API&apos;s reserved word for a batch delete).</extracomment>
        <translation>&quot;%1&quot;不能作为 ID：&quot;batch&quot;表示批量删除；未发送任何内容。</translation>
    </message>
    <message>
        <source>The id holds a control character (%1); nothing was sent.</source>
        <extracomment>%1 is a character code such as U+001B.</extracomment>
        <translation>ID 中含有控制字符（%1）；未发送任何内容。</translation>
    </message>
    <message>
        <source>Refusing to send credentials over plain HTTP to %1: use https://, or start the program with --allow-http.</source>
        <extracomment>%1 is a host name. --allow-http is a command-line option; do not translate it.</extracomment>
        <translation>拒绝通过明文 HTTP 向 %1 发送凭据：请使用 https://，或使用 --allow-http 启动程序。</translation>
    </message>
</context>
</TS>
